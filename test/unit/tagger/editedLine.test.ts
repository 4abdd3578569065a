// A keystroke's line is tokenised again only between the last sentence before the edit and the first token after it
// where the new text's scan falls in step with the old one's: it must be exactly the line tokenised whole.
import assert from 'node:assert/strict';
import { lineEditedFrom, lineOf, type TaggedLine } from '../../../src/engine/tagger/taggedLines';

/** What a tagger line is, without the sentences' taggings: each sentence's place, tokens and words. */
const shapeOf = (line: TaggedLine) => ({
  next: line.next, starts: line.starts,
  sentences: line.sentences.map(({ tokens, words, midCapitals, capitalised }) => ({ tokens, words, midCapitals, capitalised })),
});

/** Pieces of news text whose tokens or sentence ends read past them: initials, abbreviations, clitics, stops. */
const PIECES = ['Mr. Smith', ' J. Doe', ' U.S.', ' didn\'t', ' can’t', ' said.', ' The', ' A.', ' x', '. ', '  ', ' 1,200.50', ' 1980s',
  ' "Yes," she said.', ' (Reuters)', ' Calif.', ' Corp.\'s', ' O\'Brien', ' e-mail', ' ...', ' --', ' -LRB-', ' 👍', '!', '?', ' i.e.', ' Sen', '.'];

describe('an edited line tokenised from its last version', () => {
  it('is the line tokenised whole, after thousands of edits of lines of initials, stops and clitics', () => {
    let seed = 11;
    const random = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let round = 0; round < 3000; round++) {
      const pieces = Array.from({ length: 3 + random(12) }, () => PIECES[random(PIECES.length)]);
      const old = pieces.join('');
      // A quarter of the edits at the line's end, where a token may have read that the text ends.
      const at = random(4) === 0 ? old.length : random(old.length + 1);
      const insert = random(3) === 0 ? '' : random(2) === 0 ? PIECES[random(PIECES.length)] : ' x.AJ'[random(5)];
      const text = old.slice(0, at) + insert + old.slice(at + (insert ? random(2) : 1 + random(4)));
      const next = ['', 'A', 'x', '.', '"'][random(5)];
      const before = lineOf(old, next);
      const edited = lineEditedFrom(before, old, text);
      const whole = lineOf(text, next);
      assert.deepEqual(shapeOf(edited.line), shapeOf(whole), JSON.stringify({ old, text, next }));
      // The sentences made anew are the line's sentences that are not the old line's.
      const kept = new Set(before.sentences);
      assert.deepEqual(edited.made, edited.line.sentences.filter((s) => !kept.has(s)));
    }
  });

  it('tokenises again a sentence whose last token read that the line ended there', () => {
    for (const [old, text] of [['He met J.', 'He met J. Doe'], ['He met Mr.', 'He met Mr.x'], ['Stop. He met J.', 'Stop. He met J. Doe']]) {
      const edited = lineEditedFrom(lineOf(old, ''), old, text);
      assert.deepEqual(shapeOf(edited.line), shapeOf(lineOf(text, '')), text);
    }
  });

  it('shares the sentences before and after the edit with the old line, moved', () => {
    const old = 'Putin spoke. Li Qiang listened. Mr. Smith left. The end came.';
    const text = old.replace('listened', 'listened hard');
    const before = lineOf(old, '');
    const edited = lineEditedFrom(before, old, text);
    assert.equal(edited.line.sentences[0], before.sentences[0]);
    assert.equal(edited.line.sentences[2], before.sentences[2]);
    assert.equal(edited.line.sentences[3], before.sentences[3]);
    assert.deepEqual(edited.made.map((s) => s.words.join(' ')), ['Li Qiang listened hard .']);
    assert.deepEqual(edited.line.starts, lineOf(text, '').starts);
  });
});
