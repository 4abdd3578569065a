// The workspace index's view of an article and of a story package: people, organizations and places with their
// counts, one entity per name across articles, most-mentioned first.
import * as assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';
import { articleEntry, EntityMerge, workspaceEntities } from '../../../src/engine/workspace/articleEntry';

const MAIN = 'GENEVA, March 12, 2026 (Reuters) - Sophie Marchetti said the Alpine Water Fund would pay. Marchetti met Jonas Berger in Zermatt on Friday.';
const SIDEBAR = 'Jonas Berger, chief executive of Helvetia Hydro, said on Monday that the fund was late. Berger spoke in Zermatt.';

describe('the workspace index', () => {
  it('keeps an article\'s people, organizations and places with their counts and first mention, and its date', () => {
    const entry = articleEntry('stories/main.news', analyse(MAIN));
    assert.equal(entry.path, 'stories/main.news');
    assert.deepEqual(entry.articleDate, { value: '2026-03-12', source: 'dateline' });
    const marchetti = entry.entities.find((e) => e.name === 'Sophie Marchetti');
    assert.ok(marchetti, JSON.stringify(entry.entities));
    assert.equal(marchetti.kind, 'person');
    assert.equal(marchetti.mentions, 2);
    assert.equal(MAIN.slice(marchetti.first.start, marchetti.first.end), 'Sophie Marchetti');
    assert.ok(entry.entities.every((e) => ['person', 'organization', 'place'].includes(e.kind)), 'no dates, figures or quotes');
  });

  it('merges one name across articles, with the articles and counts, most-mentioned first', () => {
    const entities = workspaceEntities([articleEntry('main.news', analyse(MAIN)), articleEntry('sidebar.news', analyse(SIDEBAR))]);
    const berger = entities.find((e) => e.name === 'Jonas Berger');
    assert.ok(berger, JSON.stringify(entities.map((e) => e.name)));
    assert.deepEqual(berger.articles.map((a) => [a.path, a.mentions]), [['main.news', 1], ['sidebar.news', 2]]);
    assert.equal(berger.mentions, 3);
    assert.equal(entities.filter((e) => e.id === berger.id).length, 1, 'one entity for the name');
    for (let i = 1; i < entities.length; i++) assert.ok(entities[i - 1].mentions >= entities[i].mentions, 'most-mentioned first');
  });

  it('keeps a person\'s age where the text states it after a mention and the text is given', () => {
    const text = 'ZURICH, March 12, 2026 (Reuters) - Jonas Berger, 45, the chief executive of Helvetia Hydro, said the fund was late.';
    const analysis = analyse(text);
    assert.equal(articleEntry('a.news', analysis, text).entities.find((e) => e.name === 'Jonas Berger')?.age, 45);
    assert.equal(articleEntry('a.news', analysis).entities.find((e) => e.name === 'Jonas Berger')?.age, undefined, 'no text, no age');
  });

  it('kept up to date one article at a time, merges as it does from scratch', () => {
    const main = articleEntry('main.news', analyse(MAIN));
    const sidebar = articleEntry('sidebar.news', analyse(SIDEBAR));
    const merge = new EntityMerge();
    merge.set(main);
    merge.set(sidebar);
    assert.deepEqual(merge.entities(), workspaceEntities([main, sidebar]));
    const unchanged = merge.entities().find((e) => e.name === 'Sophie Marchetti');
    merge.set({ ...sidebar, entities: sidebar.entities.filter((e) => e.name !== 'Jonas Berger') });
    assert.deepEqual(merge.entities().find((e) => e.name === 'Jonas Berger')?.articles.map((a) => a.path), ['main.news']);
    assert.equal(merge.entities().find((e) => e.name === 'Sophie Marchetti'), unchanged, 'an entity no article changed was merged again');
    merge.delete('main.news');
    merge.delete('sidebar.news');
    assert.deepEqual(merge.entities(), []);
  });
});
