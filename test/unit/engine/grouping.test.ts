import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/engine';
import { analyseText } from './helpers/names';

/** "text → entity id" for every mention of the given kind. */
const idsOf = (analysis: Analysis, kind: string): string[] => analysis.mentions.filter((m) => m.kind === kind).map((m) => `${m.text} → ${m.entity}`);

describe('grouping mentions into entities', () => {
  it('joins a surname, and a possessive surname, to the full name met before', () => {
    const analysis = analyseText('Chancellor Friedrich Merz arrived late. Merz said the vote was close, and Merz’s allies agreed.');
    assert.deepEqual(idsOf(analysis, 'person'), ['Friedrich Merz → person:friedrich-merz', 'Merz → person:friedrich-merz', 'Merz → person:friedrich-merz']);
    const entity = analysis.entities.find((e) => e.id === 'person:friedrich-merz');
    assert.deepEqual({ name: entity?.name, role: entity?.role, count: entity?.mentions.length }, { name: 'Friedrich Merz', role: 'Chancellor', count: 3 });
  });

  it('joins a family name written first (Chinese order) to the full name', () => {
    const analysis = analyseText('Vice Premier Ding Xuexiang met the delegation. Ding praised the deal.');
    assert.deepEqual(idsOf(analysis, 'person'), ['Ding Xuexiang → person:ding-xuexiang', 'Ding → person:ding-xuexiang']);
  });

  it('joins a short form that comes before the full name, and keeps two people with one surname apart', () => {
    const analysis = analyseText('Kim arrived first. Later President Lee Jae-myung met Foreign Minister Cho Hyun, and Cho spoke.');
    const ids = idsOf(analysis, 'person');
    assert.ok(ids.includes('Cho → person:cho-hyun'), ids.join('; '));
    assert.ok(!ids.some((id) => id.startsWith('Kim → person:cho')), ids.join('; '));
  });

  it('groups places and organizations by name, each with a readable id', () => {
    const analysis = analyseText('Ukraine asked NATO for help. NATO said Ukraine would get it.');
    assert.deepEqual(idsOf(analysis, 'place'), ['Ukraine → place:ukraine', 'Ukraine → place:ukraine']);
    assert.deepEqual(idsOf(analysis, 'organization'), ['NATO → organization:nato', 'NATO → organization:nato']);
  });

  it('groups a country’s short form with its full name and shows the full name', () => {
    const analysis = analyseText('The United States imposed tariffs. U.S. officials said the U.K. and Britain objected.');
    assert.deepEqual(idsOf(analysis, 'place'), [
      'United States → place:united-states', 'U.S. → place:united-states',
      'U.K. → place:britain', 'Britain → place:britain',
    ]);
    assert.equal(analysis.entities.find((e) => e.id === 'place:united-states')?.name, 'United States');
  });

  it('names an entity by its ordinary spelling rather than a dateline in capitals', () => {
    const analysis = analyseText('GENEVA, March 12 (Reuters) - Talks in Geneva ended.');
    const geneva = analysis.entities.find((e) => e.kind === 'place' && e.mentions.length === 2);
    assert.equal(geneva?.name, 'Geneva');
  });

  it('names a figure by its wording in the body rather than in a headline in capitals', () => {
    const analysis = analyseText('TOWNS PLEDGE 1.2 BILLION FRANCS\nThe towns pledged 1.2 billion francs on Thursday.');
    const pledge = analysis.entities.find((e) => e.kind === 'figure' && e.mentions.length === 2);
    assert.equal(pledge?.name, '1.2 billion francs');
  });

  it('names an organization without the article it is written with, and groups it with and without "the"', () => {
    const analysis = analyseText('The World Health Organization said on Thursday it would send experts. World Health Organization staff arrived.');
    const who = analysis.entities.filter((e) => e.kind === 'organization');
    assert.deepEqual(who.map((e) => [e.name, e.id, e.mentions.length]), [['World Health Organization', 'organization:world-health-organization', 2]]);
  });

  it('joins a surname in a capitals headline to the person named in the body', () => {
    const analysis = analyseText('MERKEL MEETS PUTIN IN MOSCOW\nAngela Merkel met Vladimir Putin in Moscow on Friday.');
    assert.deepEqual(idsOf(analysis, 'person'), [
      'MERKEL → person:angela-merkel', 'PUTIN → person:vladimir-putin', 'Angela Merkel → person:angela-merkel', 'Vladimir Putin → person:vladimir-putin',
    ]);
  });

  it('groups dates by value and figures by value and unit', () => {
    const analysis = analyseText('Talks began on Monday, June 2. Exports rose 5% on Monday and 5% a year earlier, to 7%.');
    const dates = analysis.mentions.filter((m) => m.kind === 'date' && m.value === '2025-06-02');
    assert.ok(dates.length >= 2 && new Set(dates.map((m) => m.entity)).size === 1, JSON.stringify(dates));
    assert.equal(dates[0].entity, 'date:2025-06-02');
    const fives = analysis.mentions.filter((m) => m.kind === 'figure' && m.text === '5%');
    const seven = analysis.mentions.find((m) => m.kind === 'figure' && m.text === '7%');
    assert.equal(fives.length, 2);
    assert.equal(fives[0].entity, fives[1].entity);
    assert.notEqual(seven?.entity, fives[0].entity);
  });

  it('gives every mention an entity and every entity its mentions, with unique ids', () => {
    const analysis = analyseText('President Emmanuel Macron told Le Monde on Sunday: “We will not give up on Europe now.” Macron added 3 points.');
    assert.ok(analysis.mentions.every((m) => typeof m.entity === 'string' && m.entity.length > 0));
    assert.equal(new Set(analysis.entities.map((e) => e.id)).size, analysis.entities.length);
    for (const entity of analysis.entities) {
      for (const index of entity.mentions) assert.equal(analysis.mentions[index].entity, entity.id);
    }
    assert.equal(analysis.entities.reduce((sum, e) => sum + e.mentions.length, 0), analysis.mentions.length);
  });

  it('joins an acronym introduced in brackets, and its later uses, to the name it abbreviates', () => {
    const opec = analyseText('The Organization of the Petroleum Exporting Countries (OPEC) met in Vienna on Thursday. OPEC said output would rise.');
    assert.deepEqual(idsOf(opec, 'organization'), [
      'The Organization of the Petroleum Exporting Countries → organization:organization-of-the-petroleum-exporting-countries',
      'OPEC → organization:organization-of-the-petroleum-exporting-countries',
      'OPEC → organization:organization-of-the-petroleum-exporting-countries',
    ]);
    const imf = analyseText('The International Monetary Fund (IMF) cut its forecast. The IMF said growth would slow.');
    assert.equal(new Set(imf.mentions.filter((m) => m.kind === 'organization').map((m) => m.entity)).size, 1);
  });

  it('keeps an acronym that abbreviates something else apart', () => {
    const analysis = analyseText('Shares of General Motors (GM) fell, while Ford Motor (NYSE) rose.');
    const ids = idsOf(analysis, 'organization');
    assert.ok(ids.includes('GM → organization:general-motors'), ids.join('; '));
    assert.ok(!ids.some((id) => id.startsWith('NYSE') && id.endsWith('ford-motor')), ids.join('; '));
  });

  it('records a role from an apposition and reads no organization into its portfolio words', () => {
    const analysis = analyseText("Anton Alikhanov, Russia's Industry and Trade Minister, said the plan was ready.");
    assert.deepEqual(analysis.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.role]), [['Anton Alikhanov', "Russia's Industry and Trade Minister"]]);
    assert.deepEqual(analysis.entities.filter((e) => e.kind === 'organization'), []);
  });
});
