import assert from 'node:assert/strict';
import { countFacts, describeFactCounts, factOfMention, groupFacts } from '../../../src/format/factGroups';
import { analysisOf } from '../helpers/analysis';

describe('facts (the one grouping behind the status bar, sidebar, hover card and reports)', () => {
  const text = 'In September Putin met Li. In September, Putin said 3% and "yes". Li added 3%, in October.';
  const analysis = analysisOf(text, [
    { kind: 'date', text: 'September', value: '2025-09', entity: 'date:2025-09' },
    { kind: 'person', text: 'Putin', entity: 'person:putin' },
    { kind: 'person', text: 'Li', entity: 'person:li' },
    { kind: 'date', text: 'September', value: '2025-09', entity: 'date:2025-09' },
    { kind: 'person', text: 'Putin', entity: 'person:putin' },
    { kind: 'figure', text: '3%', value: 3, unit: '%' },
    { kind: 'quote', text: 'yes' },
    { kind: 'person', text: 'Li', entity: 'person:li' },
    { kind: 'figure', text: '3%', value: 3, unit: '%' },
    { kind: 'date', text: 'October', value: '2025-10' },
  ], { 'person:putin': 'Vladimir Putin' });
  const groups = groupFacts(analysis);

  it('groups every kind by entity, dates included, each kind in order of first mention', () => {
    assert.deepEqual(groups.person.map((fact) => [fact.name, fact.mentions.length]), [['Vladimir Putin', 2], ['Li', 2]]);
    assert.deepEqual(groups.date.map((fact) => [fact.name, fact.mentions.map((index) => analysis.mentions[index].start)]),
      [['September', [3, 30]], ['October', [text.indexOf('October')]]]);
  });

  it('makes each mention without an entity a fact of its own, even when its wording repeats', () => {
    assert.deepEqual(groups.figure.map((fact) => fact.mentions.length), [1, 1]);
    assert.deepEqual(countFacts(analysis), { person: 2, organization: 0, place: 0, date: 2, figure: 2, quote: 1 });
  });

  it('finds the fact a mention belongs to, for the hover card', () => {
    const secondSeptember = analysis.mentions.findIndex((mention) => mention.start === 30);
    assert.equal(factOfMention(analysis, secondSeptember)?.id, 'date:2025-09');
    assert.equal(factOfMention(analysis, analysis.mentions.length), undefined);
  });

  it('words the summary with the same counts, singular and plural', () => {
    assert.equal(describeFactCounts(analysis), '2 people, 2 dates, 2 figures, 1 quote');
    assert.equal(describeFactCounts(analysisOf('', [])), 'no facts found');
  });
  it('works the facts out once per analysis, and every reader gets the same ones', () => {
    assert.equal(groupFacts(analysis), groups, 'the facts were grouped again for the same analysis');
    assert.equal(countFacts(analysis), countFacts(analysis));
    analysis.mentions.forEach((mention, index) => {
      const fact = factOfMention(analysis, index);
      assert.ok(fact && groups[mention.kind].includes(fact) && fact.mentions.includes(index), `mention ${index} ("${mention.text}") has no fact of its own`);
    });
  });
});
