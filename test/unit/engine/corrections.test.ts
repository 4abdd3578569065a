// Corrections inside the analysis: a name re-kinded, dropped or merged at every mention, names the taggers missed
// found, dates and figures dropped by wording, and nothing changed without corrections.
import * as assert from 'node:assert/strict';
import { analyse, type Analysis, type Correction } from '../../../src/engine';
import { applyCorrections } from '../../../src/engine/corrections/applyCorrections';
import { correctionKey } from '../../../src/engine/corrections/correctionBook';
import { analysisOf } from '../helpers/analysis';
import { entryKey } from '../../../src/corrections/correctionsFile';

const TODAY = { today: '2025-11-03' };
/** A club the tagger reads as a person at every mention (nothing here says it is a team): what a correction is for. */
const MATCH = 'Chelsea had led Manchester United at half-time. Later Chelsea fans left. Chelsea will appeal, the club said.';

/** "text → kind" of every mention of a name. */
const kindsOf = (analysis: Analysis, text: string): string[] => analysis.mentions.filter((m) => m.text === text).map((m) => m.kind);
const entityOf = (analysis: Analysis, name: string) => analysis.entities.find((entity) => entity.name === name);
const corrected = (text: string, corrections: Correction[]) => analyse(text, { ...TODAY, corrections });

/** Every entity's mentions point back to it, in document order, and the mentions are sorted. */
function assertConsistent(analysis: Analysis): void {
  analysis.entities.forEach((entity) => {
    assert.deepEqual([...entity.mentions].sort((a, b) => a - b), entity.mentions, entity.id);
    for (const index of entity.mentions) assert.equal(analysis.mentions[index].entity, entity.id, `${entity.id}: mention ${index}`);
  });
  assert.equal(new Set(analysis.entities.map((e) => e.id)).size, analysis.entities.length, 'entity ids repeat');
  analysis.mentions.forEach((m, i) => { if (i > 0) assert.ok(analysis.mentions[i - 1].start <= m.start, 'mentions out of order'); });
}

describe('corrections in the analysis', () => {
  it('makes Chelsea an organization at every mention, marked as set by a correction', () => {
    const analysis = corrected(MATCH, [{ name: 'Chelsea', kind: 'organization' }]);
    assert.deepEqual(kindsOf(analysis, 'Chelsea'), ['organization', 'organization', 'organization']);
    const chelsea = entityOf(analysis, 'Chelsea');
    assert.deepEqual({ id: chelsea?.id, kind: chelsea?.kind, count: chelsea?.mentions.length, correction: chelsea?.correction },
      { id: 'organization:chelsea', kind: 'organization', count: 3, correction: { kind: true } });
    assert.equal(entityOf(analysis, 'Manchester United')?.correction, undefined, 'an uncorrected entity is marked');
    assertConsistent(analysis);
  });

  it('matches the name ignoring case, accents, punctuation and "the"', () => {
    const analysis = corrected(MATCH, [{ name: 'the CHELSEA', kind: 'organization' }]);
    assert.deepEqual(kindsOf(analysis, 'Chelsea'), ['organization', 'organization', 'organization']);
    assert.equal(correctionKey('Zürich'), correctionKey('zurich'));
    assert.notEqual(correctionKey('Путин'), correctionKey('Медведев'), 'names in other scripts collapse to one key');
  });

  it('compares names in the file checker exactly as the engine does', () => {
    for (const name of ['Chelsea', 'the Chelsea', 'U.S.', 'Zürich', 'Путин', 'Jean-Luc  Picard', "McDonald's", '  The  Hague ']) {
      assert.equal(entryKey(name), correctionKey(name), name);
    }
  });

  it('corrects the entity shown by the name, not another whose short form it is', () => {
    const text = 'Chelsea Clinton spoke first. Later Chelsea thanked the crowd.';
    const before = analyse(text, TODAY);
    assert.equal(before.mentions.find((m) => m.text === 'Chelsea')?.entity, before.mentions.find((m) => m.text === 'Chelsea Clinton')?.entity, 'the fixture needs Chelsea grouped with Chelsea Clinton');
    assert.deepEqual(corrected(text, [{ name: 'Chelsea', kind: 'organization' }]), before);
  });

  it('drops a name that is not a fact, and one that is not a person only where it is a person', () => {
    const text = 'The talks in Sion ended. Officials in Sion said Sion would host them again.';
    const dropped = corrected(text, [{ name: 'Sion', kind: 'not-a-fact' }]);
    assert.deepEqual(kindsOf(dropped, 'Sion'), []);
    assertConsistent(dropped);
    const before = analyse(MATCH, TODAY);
    assert.ok(kindsOf(before, 'Chelsea').includes('person'), `the fixture needs Chelsea as a person: ${kindsOf(before, 'Chelsea')}`);
    assert.deepEqual(kindsOf(corrected(MATCH, [{ name: 'Chelsea', not: 'person' }]), 'Chelsea'), []);
    assert.deepEqual(kindsOf(corrected(MATCH, [{ name: 'Manchester United', not: 'person' }]), 'Manchester United'), ['organization'], 'a "not a person" dropped an organization');
  });

  it('merges "same as" names into the entity they name, which keeps its name and id', () => {
    const text = 'Jon Smyth scored twice. John Smyth, the captain, said the team was tired. Smyth left early.';
    const analysis = corrected(text, [{ name: 'Jon Smyth', sameAs: 'John Smyth' }]);
    const john = entityOf(analysis, 'John Smyth');
    assert.deepEqual(john?.mentions.map((i) => analysis.mentions[i].text), ['Jon Smyth', 'John Smyth', 'Smyth']);
    assert.deepEqual({ id: john?.id, correction: john?.correction }, { id: 'person:john-smyth', correction: { merged: ['Jon Smyth'] } });
    assert.equal(entityOf(analysis, 'Jon Smyth'), undefined);
    assertConsistent(analysis);
  });

  it('gives a "same as" name the other name when that one is not in the article', () => {
    const analysis = corrected('Jon Smyth scored twice.', [{ name: 'Jon Smyth', sameAs: 'John Smyth' }]);
    const entity = analysis.entities.find((e) => e.kind === 'person');
    assert.deepEqual({ id: entity?.id, name: entity?.name }, { id: 'person:john-smyth', name: 'John Smyth' });
  });

  it('follows a chain of "same as" corrections to its end', () => {
    const text = 'Jon Smith spoke. John Smyth agreed.';
    const analysis = corrected(text, [{ name: 'Jon Smith', sameAs: 'Jon Smyth' }, { name: 'Jon Smyth', sameAs: 'John Smyth' }]);
    assert.deepEqual(analysis.entities.filter((e) => e.kind === 'person').map((e) => `${e.name}:${e.mentions.length}`), ['John Smyth:2']);
  });

  // The next two build the taggers' findings by hand: which names a tagger finds is not theirs to test.
  it('joins a re-kinded name to an entity of that kind with the same name, which keeps its id', () => {
    const text = 'Chelsea won. The club Chelsea said Chelsea would appeal.';
    const found = analysisOf(text, [
      { kind: 'person', text: 'Chelsea', entity: 'person:chelsea' },
      { kind: 'organization', text: 'Chelsea', entity: 'organization:chelsea' },
      { kind: 'person', text: 'Chelsea', entity: 'person:chelsea' },
    ]);
    const { mentions, entities } = applyCorrections(text, found, [{ name: 'Chelsea', kind: 'organization' }]);
    assert.deepEqual(entities, [{ id: 'organization:chelsea', kind: 'organization', name: 'Chelsea', mentions: [0, 1, 2], correction: { kind: true } }]);
    assert.deepEqual(mentions.map((m) => `${m.kind} ${m.entity}`), Array(3).fill('organization organization:chelsea'));
  });

  it('finds every mention the taggers missed of a name a correction gives a kind, as one entity', () => {
    const text = 'Lumen, a rival, said Grupo Lumen bought the plant. Analysts said Grupo Lumen paid too much.';
    const found = analysisOf(text, [{ kind: 'organization', text: 'Lumen', entity: 'organization:lumen' }]);
    const { mentions, entities } = applyCorrections(text, found, [{ name: 'Grupo Lumen', kind: 'organization' }]);
    assert.deepEqual(mentions.map((m) => [m.text, m.start, m.entity]), [
      ['Lumen', 0, 'organization:lumen'], ['Grupo Lumen', text.indexOf('Grupo Lumen'), 'organization:grupo-lumen'],
      ['Grupo Lumen', text.lastIndexOf('Grupo Lumen'), 'organization:grupo-lumen']]);
    assert.deepEqual(entities.map((e) => [e.id, e.mentions, e.correction]), [['organization:lumen', [0], undefined], ['organization:grupo-lumen', [1, 2], { kind: true, added: 2 }]]);
  });

  it('adds a missed name only as a whole word, and finds it inside quotes', () => {
    const text = 'Kovacs said: “Lumenville is ready.” Residents of Lumenvillers Road agree.';
    const analysis = corrected(text, [{ name: 'Lumenville', kind: 'place' }]);
    const places = analysis.mentions.filter((m) => m.kind === 'place');
    assert.ok(places.some((m) => m.text === 'Lumenville' && m.start === text.indexOf('Lumenville')), JSON.stringify(places));
    assert.ok(!analysis.mentions.some((m) => m.text === 'Lumenville' && m.start === text.indexOf('Lumenvillers')), 'a name found inside a longer word');
  });

  it('drops a date by its wording, leaving other dates alone', () => {
    const text = 'The vote is on Friday. She may come in May, or on Friday.';
    const analysis = corrected(text, [{ name: 'May', not: 'date' }]);
    assert.deepEqual(analysis.mentions.filter((m) => m.kind === 'date').map((m) => m.text), ['Friday', 'Friday']);
    assertConsistent(analysis);
  });

  it('links a quote to a name a correction made a person', () => {
    const text = '“We will build it,” said Grupo Lumen.';
    const analysis = corrected(text, [{ name: 'Grupo Lumen', kind: 'person' }]);
    const quote = analysis.mentions.find((m) => m.kind === 'quote');
    assert.equal(quote?.speaker, entityOf(analysis, 'Grupo Lumen')?.id);
  });

  it('changes nothing without corrections, or with an empty list', () => {
    assert.deepEqual(analyse(MATCH, { ...TODAY, corrections: [] }), analyse(MATCH, TODAY));
    assert.deepEqual(corrected(MATCH, [{ name: 'Nobody Here', kind: 'person' }]), analyse(MATCH, TODAY));
  });

  it('never throws on odd corrections', () => {
    const odd = [{ name: '' }, { name: '(', kind: 'person' }, { name: 'A', sameAs: 'B' }, { name: 'B', sameAs: 'A' }, { name: '*', not: 'date' }] as Correction[];
    const analysis = corrected(MATCH, odd);
    assert.deepEqual(analysis.warnings, []);
    assertConsistent(analysis);
  });
});
