import * as assert from 'node:assert/strict';
import type { Analysis, Mention } from '../../../src/engine';
import { groupEntities } from '../../../src/engine/entities/groupEntities';
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

  it('keeps a bare number or an ordinal to its sentence, and joins amounts with a unit across sentences', () => {
    const analysis = analyseText('"We were the first," she said. The first reservoirs filled in May. Three towns paid 5%, '
      + 'three more paid later. Exports rose 5% again.');
    const entityOf = (text: string) => analysis.mentions.filter((m) => m.kind === 'figure' && m.text.toLowerCase() === text).map((m) => m.entity);
    const firsts = entityOf('first');
    assert.equal(firsts.length, 2);
    assert.notEqual(firsts[0], firsts[1], 'two sentences: two facts');
    const threes = entityOf('three');
    assert.equal(threes.length, 2);
    assert.equal(threes[0], threes[1], 'one sentence: one fact');
    const fives = entityOf('5%');
    assert.equal(fives.length, 2);
    assert.equal(fives[0], fives[1], 'the same percentage in two sentences is one fact');
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

  it('keeps one organization across a legal suffix, "the" and a possessive', () => {
    const microsoft = analyseText('Microsoft Corp. said on Monday it would buy the firm. Microsoft shares rose.');
    assert.deepEqual(idsOf(microsoft, 'organization'), ['Microsoft Corp. → organization:microsoft-corp', 'Microsoft → organization:microsoft-corp']);
    const apple = analyseText("Apple Inc. reported record sales. The Apple board met on Friday, and Apple's shares rose.");
    assert.deepEqual(apple.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.mentions.length]), [['Apple Inc.', 3]]);
  });

  it('drops Inc., Group, Holdings, plc, AG, SA, "& Co." and a possessive after the suffix', () => {
    const cases: [string, string][] = [
      ['Shares of Goldman Sachs Group Inc. rose. Goldman Sachs said profit doubled.', 'Goldman Sachs Group Inc.'],
      ['HSBC Holdings plc reported a loss. HSBC said costs rose.', 'HSBC Holdings'],
      ["Shares in Volkswagen AG fell. Volkswagen's chief executive said costs would fall.", 'Volkswagen AG'],
      ["Nestle SA's chief said Nestle would cut prices.", 'Nestle SA'],
      ['Goldman Sachs & Co. advised the bank. Goldman Sachs earned fees.', 'Goldman Sachs & Co.'],
      ["Deutsche Bank AG's chief said Deutsche Bank would grow.", 'Deutsche Bank AG'],
    ];
    for (const [text, name] of cases) {
      const organizations = analyseText(text).entities.filter((e) => e.kind === 'organization');
      assert.deepEqual(organizations.map((e) => [e.name, e.mentions.length]), [[name, 2]], text);
    }
  });

  it('keeps two companies apart when they share a name in their suffix\'s place', () => {
    const analysis = analyseText('Siemens AG and Nestle SA agreed a deal. Siemens and Nestle will share costs.');
    assert.deepEqual(analysis.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.mentions.length]), [['Siemens AG', 2], ['Nestle SA', 2]]);
  });

  it('joins a short name to the full name it introduced with a descriptor ("Ford Motor Co.", later "Ford")', () => {
    const toyota = analyseText('Toyota Motor Corp. said Toyota would recall cars.');
    assert.deepEqual(toyota.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.mentions.length]), [['Toyota Motor Corp.', 2]]);
    const cisco = analyseText('Cisco Systems Inc. cut jobs, and Cisco said demand was weak.');
    assert.deepEqual(cisco.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.mentions.length]), [['Cisco Systems Inc.', 2]]);
  });

  it('keeps a distinct company that shares the short name apart: Apple Corps, Mitsubishi Corp. beside Mitsubishi Motors', () => {
    const apple = analyseText("The Beatles' Apple Corps sued Apple Computer Inc. on Monday. Apple said it would fight.");
    assert.deepEqual(idsOf(apple, 'organization'), [
      'Apple Corps → organization:apple-corps', 'Apple Computer Inc. → organization:apple-computer-inc', 'Apple → organization:apple-computer-inc',
    ]);
    const mitsubishi = analyseText('Mitsubishi Corp. and Mitsubishi Motors Corp. signed a deal. Mitsubishi said it was pleased.');
    assert.deepEqual(idsOf(mitsubishi, 'organization'), [
      'Mitsubishi Corp. → organization:mitsubishi-corp', 'Mitsubishi Motors Corp. → organization:mitsubishi-motors-corp', 'Mitsubishi → organization:mitsubishi-corp',
    ]);
  });

  it('groups within one kind: the person Ford stays apart from Ford Motor Co.', () => {
    const analysis = analyseText('Former President Gerald Ford praised Ford Motor Co. on Monday. Ford said the company would grow.');
    assert.deepEqual(analysis.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.mentions.length]), [['Ford Motor Co.', 1]]);
    assert.ok(analysis.entities.some((e) => e.kind === 'person' && e.name === 'Gerald Ford'));
  });

  it('keeps an acronym in brackets joined to a suffixed name, and reads a possessive acronym as the acronym', () => {
    const imf = analyseText("The International Monetary Fund (IMF) cut its forecast. The IMF's chief said growth would slow.");
    assert.equal(new Set(imf.mentions.filter((m) => m.kind === 'organization').map((m) => m.entity)).size, 1);
    const gm = groupEntities(organizations('General Motors Corp.', '(GM)', 'GM’s'));
    assert.deepEqual(gm.map((e) => [e.name, e.mentions.length]), [['General Motors Corp.', 3]]);
  });

  it('groups the legal forms of many countries with the bare name', () => {
    for (const suffix of ['N.V.', 'S.A.', 'GmbH', 'LLC', 'Ltd.', 'Co.', 'plc', 'Holdings', 'SpA', 'ASA', 'SE', 'S.A.B. de C.V.']) {
      const entities = groupEntities(organizations(`Acme ${suffix}`, 'Acme'));
      assert.deepEqual(entities.map((e) => [e.name, e.mentions.length]), [[`Acme ${suffix}`, 2]], suffix);
    }
  });

  it('reads a place\'s possessive as the place', () => {
    const entities = groupEntities([mention('place', 'Britain’s', 0), mention('place', 'Britain', 20)]);
    assert.deepEqual(entities.map((e) => [e.name, e.mentions.length]), [['Britain', 2]]);
  });
});

/** A mention of `kind` written `text` at `start`. */
function mention(kind: Mention['kind'], text: string, start: number): Mention {
  return { kind, text, start, end: start + text.length };
}

/** Organization mentions of the given texts, each one character after the last (so "(GM)" follows its name). */
function organizations(...texts: string[]): Mention[] {
  const mentions: Mention[] = [];
  let at = 0;
  for (const text of texts) {
    const bare = text.replace(/^\(|\)$/g, '');
    const start = at + (text.startsWith('(') ? 1 : 0);
    mentions.push(mention('organization', bare, start));
    at += text.length + 1;
  }
  return mentions;
}

