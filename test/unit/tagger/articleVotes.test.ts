// The votes an editor's analyser keeps from keystroke to keystroke must be the votes of the whole document, counted
// afresh: identical lines (a wire's repeated slug or credit line) share their sentence objects and count once each.
import assert from 'node:assert/strict';
import { ArticleVotes } from '../../../src/engine/tagger/articleVotes';
import { documentVotes } from '../../../src/engine/tagger/documentVotes';
import type { LineSentence, TaggedLine } from '../../../src/engine/tagger/taggedLines';

/** A tagged sentence as the tagger keeps it, with its first-pass labels (0 = O, 1/2 = PER, 3/4 = ORG). */
function sentence(words: string[], labels: number[]): LineSentence {
  return {
    tokens: [], words, midCapitals: [], capitalised: [],
    chunks: { cues: '', first: { emission: new Float32Array(), labels }, names: [], figureScores: new Float32Array(), figures: [] },
  };
}

/** A tagger line of these sentences. */
const line = (...sentences: LineSentence[]): TaggedLine => ({ next: '', sentences, starts: sentences.map(() => 0) });

const asObject = (votes: Map<string, Int32Array>): Record<string, number[]> =>
  Object.fromEntries([...votes].filter(([, counts]) => counts.some((n) => n !== 0)).map(([word, counts]) => [word, [...counts]]));

/** The votes of these lines counted afresh. */
const freshVotes = (lines: readonly TaggedLine[]): Record<string, number[]> => {
  const sentences = lines.flatMap((l) => l.sentences);
  return asObject(documentVotes(sentences.map((s) => s.words), sentences.map((s) => s.chunks!.first.labels)));
};

describe('the votes kept across keystrokes', () => {
  const slug = line(sentence(['WorldSources', 'Inc', 'said'], [3, 4, 0]));
  const story = line(sentence(['WorldSources', 'said'], [1, 0]));

  it('count a sentence held twice (an identical line) twice, as a fresh count does', () => {
    const votes = new ArticleVotes();
    votes.update([slug, story, slug]);
    assert.deepEqual(asObject(votes.votes), freshVotes([slug, story, slug]));
  });

  it('follow a repeated line deleted and pasted again, and say which words changed', () => {
    const votes = new ArticleVotes();
    votes.update([slug, story, slug]);
    assert.deepEqual([...votes.update([slug, story], [])].sort(), ['inc', 'worldsources']);
    assert.deepEqual(asObject(votes.votes), freshVotes([slug, story]));
    votes.update([slug, slug, slug, story], []);
    assert.deepEqual(asObject(votes.votes), freshVotes([slug, slug, slug, story]));
  });

  it('change nothing for an edited line whose other sentences keep their words and taggings', () => {
    const wang = sentence(['Wang', 'said'], [1, 0]);
    const votes = new ArticleVotes();
    votes.update([line(wang, sentence(['It', 'rained'], [0, 0])), story]);
    // The edited line's sentences are new objects; the unedited one holds the old tagging.
    assert.deepEqual([...votes.update([line({ ...wang }, sentence(['It', 'rainedx'], [0, 0])), story], [])], []);
  });

  it('count again a sentence of an unchanged line given a new first pass, when told or when not told which', () => {
    const wang = sentence(['Wang', 'said'], [1, 0]);
    const lines = [line(wang), story];
    for (const told of [true, false]) {
      const votes = new ArticleVotes();
      votes.update(lines);
      wang.chunks = { ...wang.chunks!, first: { emission: new Float32Array(), labels: [3, 0] } };
      assert.deepEqual([...votes.update(lines, told ? [wang] : undefined)], ['wang']);
      assert.deepEqual(asObject(votes.votes), freshVotes(lines));
      wang.chunks = { ...wang.chunks, first: { emission: new Float32Array(), labels: [1, 0] } };
    }
  });

  it('count every sentence afresh after an update that stopped early', () => {
    const votes = new ArticleVotes();
    votes.update([story]);
    const untagged = line({ tokens: [], words: ['Wang'], midCapitals: [], capitalised: [] });
    assert.throws(() => votes.update([slug, untagged, story], []));
    votes.update([slug, story], []);
    assert.deepEqual(asObject(votes.votes), freshVotes([slug, story]));
    // Counted once, not once per attempt: a new first pass takes out what was counted.
    const [said] = slug.sentences;
    const before = said.chunks!;
    said.chunks = { ...before, first: { emission: new Float32Array(), labels: [1, 2, 0] } };
    votes.update([slug, story], [said]);
    assert.deepEqual(asObject(votes.votes), freshVotes([slug, story]));
    said.chunks = before;
  });

  it('match a fresh count through random edits, repeats and re-tagged sentences', () => {
    const pool = [slug, story, ...['Li', 'Wang', 'Geneva'].map((name) => line(sentence([name, 'said'], [1, 0]), sentence(['In', name], [0, 5])))];
    let seed = 11;
    const random = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const votes = new ArticleVotes();
    let doc: TaggedLine[] = [];
    for (let run = 0; run < 300; run++) {
      const next = [...doc];
      next.splice(random(next.length + 1), random(3), ...Array.from({ length: random(3) }, () => pool[random(pool.length)]));
      const retagged: LineSentence[] = [];
      if (next.length > 0 && random(3) === 0) {
        const retag = next[random(next.length)].sentences[0];
        retag.chunks = { ...retag.chunks!, first: { emission: new Float32Array(), labels: retag.words.map(() => random(7)) } };
        retagged.push(retag);
      }
      votes.update(next, retagged);
      assert.deepEqual(asObject(votes.votes), freshVotes(next));
      doc = next;
    }
  });
});
