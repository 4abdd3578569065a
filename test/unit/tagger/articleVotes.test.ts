// The votes an editor's analyser keeps from keystroke to keystroke must be the votes of the whole document, counted
// afresh: identical lines (a wire's repeated slug or credit line) share their sentence objects and count once each.
import assert from 'node:assert/strict';
import { ArticleVotes } from '../../../src/engine/tagger/articleVotes';
import { documentVotes } from '../../../src/engine/tagger/documentVotes';
import type { LineSentence } from '../../../src/engine/tagger/taggedLines';

/** A tagged sentence as the tagger keeps it, with its first-pass labels (0 = O, 1/2 = PER, 3/4 = ORG). */
function sentence(words: string[], labels: number[]): LineSentence {
  return {
    tokens: [], words, midCapitals: [], capitalised: [],
    chunks: { cues: '', first: { emission: new Float32Array(), labels }, names: [], figures: [] },
  };
}

const asObject = (votes: Map<string, Int32Array>): Record<string, number[]> =>
  Object.fromEntries([...votes].filter(([, counts]) => counts.some((n) => n !== 0)).map(([word, counts]) => [word, [...counts]]));

describe('the votes kept across keystrokes', () => {
  const slug = sentence(['WorldSources', 'Inc', 'said'], [3, 4, 0]);
  const story = sentence(['WorldSources', 'said'], [1, 0]);

  it('count a sentence held twice (an identical line) twice, as a fresh count does', () => {
    const votes = new ArticleVotes();
    votes.update([slug, story, slug]);
    const fresh = documentVotes([slug.words, story.words, slug.words], [slug.chunks!.first.labels, story.chunks!.first.labels, slug.chunks!.first.labels]);
    assert.deepEqual(asObject(votes.votes), asObject(fresh));
  });

  it('follow a repeated line deleted and pasted again, and say which words changed', () => {
    const votes = new ArticleVotes();
    votes.update([slug, story, slug]);
    assert.deepEqual([...votes.update([slug, story])], ['worldsources', 'inc']);
    assert.deepEqual(asObject(votes.votes), asObject(documentVotes([slug.words, story.words], [slug.chunks!.first.labels, story.chunks!.first.labels])));
    votes.update([slug, slug, slug, story]);
    const three = documentVotes([slug.words, slug.words, slug.words, story.words], [slug.chunks!.first.labels, slug.chunks!.first.labels, slug.chunks!.first.labels, story.chunks!.first.labels]);
    assert.deepEqual(asObject(votes.votes), asObject(three));
  });
});
