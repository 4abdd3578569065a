// Tagging a sentence again from an earlier version's tagging re-scores only the tokens whose features changed: the
// tagging must be exactly the one made from nothing, for edited words and for changed document capitals.
import assert from 'node:assert/strict';
import { cuesOf } from '../../../src/engine/tagger/taggedLines';
import { tagSentence } from '../../../src/engine/tagger/sentencePasses';
import { isCapitalised } from '../../../src/engine/text/tokens';

const WORDS = ['Angela', 'Merkel', 'met', 'Jonas', 'Berger', 'of', 'Helvetia', 'Hydro', 'in', 'Sion', 'on', 'Monday', ',', 'said', 'the',
  'U.S.', '40', '%', 'New', 'York', 'REUTERS', 'MERKEL', 'PLEDGE', '.', '$', '1.2', 'million', 'Wang', 'police',
  // The words of names of four words in the model's lists: a token reads the list entries of up to three words each side.
  'A.G.', 'Edwards', '&', 'Sons', 'British', 'Indian', 'Ocean', 'Territory'];
/** Words without a lower-case letter: a sentence of only these is a capitals line, whose every token reads one more feature. */
const CAPITALS = ['REUTERS', 'MERKEL', 'PLEDGE', 'U.S.', '40', '.', 'A.G.', '&', '$', 'Wang'];

/** A sentence's tagging under `docCaps`, from nothing or from an earlier one. */
const tag = (words: string[], docCaps: Set<string>, earlier?: { words: string[]; tagging: ReturnType<typeof tagSentence> }) =>
  tagSentence(words, cuesOf({ capitalised: words.filter(isCapitalised).map((w) => w.toLowerCase()) }, docCaps), docCaps, earlier);

describe('a sentence tagged again from an earlier tagging', () => {
  it('is the tagging made from nothing, after edits of its words and changes of the document capitals', () => {
    let seed = 5;
    const random = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const capitals = (): Set<string> => new Set(WORDS.filter(() => random(3) === 0).map((w) => w.toLowerCase()));
    for (let round = 0; round < 1500; round++) {
      const vocabulary = random(4) === 0 ? CAPITALS : WORDS;
      const pick = (): string => {
        const from = random(10) === 0 ? WORDS : vocabulary;
        return from[random(from.length)];
      };
      const old = Array.from({ length: 1 + random(25) }, pick);
      const words = [...old];
      const edits = random(3);
      for (let e = 0; e < edits; e++) words.splice(random(words.length + 1), random(2), ...(random(2) ? [pick()] : []));
      const before = capitals(), now = random(2) ? before : capitals();
      const earlier = { words: old, tagging: tag(old, before) };
      assert.deepEqual(tag(words, now, earlier), tag(words, now), JSON.stringify({ old, words }));
    }
  });

  it('scores again the tokens a four-word list entry reaches from the edit, and every token when the capitals line goes', () => {
    const docCaps = new Set<string>();
    for (const [old, words] of [
      [['A.G.', 'Edwards', '&', 'Sons', 'rose', 'on', 'Monday'], ['A.G.', 'Edwards', '&', 'Son', 'rose', 'on', 'Monday']],
      [['Shares', 'of', 'A.G.', 'Edwards', '&', 'Sons'], ['Shares', 'in', 'A.G.', 'Edwards', '&', 'Sons']],
      [['Shares', 'of', 'A.G.', 'Edwards', '&', 'Sons'], ['Shares', 'of', 'AG', 'Edwards', '&', 'Sons']],
      [['REUTERS', 'MERKEL', 'PLEDGE', 'WATER', 'FUND', 'X'], ['REUTERS', 'MERKEL', 'PLEDGE', 'WATER', 'FUND', 'x']],
    ]) assert.deepEqual(tag(words, docCaps, { words: old, tagging: tag(old, docCaps) }), tag(words, docCaps), words.join(' '));
  });
});
