import * as assert from 'node:assert/strict';
import { createSanitiser, sanitise } from '../../../src/engine/text/sanitise';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src/engine/text/sentences';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sanitise', () => {
  it('keeps the length and the words, and blanks runs the parser chokes on', () => {
    const text = `Putin 😀 spoke${'.'.repeat(50)} then${'!?'.repeat(10)} ${'x'.repeat(100)} . . . . . . . left.\u0000`;
    const clean = sanitise(text);
    assert.equal(clean.length, text.length);
    assert.equal(clean.replace(/\s+/g, ' ').trim(), 'Putin spoke then left.');
  });

  it('leaves ordinary punctuation alone: ellipses, dashes, quotes, abbreviations', () => {
    const text = '“Wait…” – he said... U.S. aid (about $5.2bn) — 3% up!';
    assert.equal(sanitise(text), text);
  });

  it('sanitises an edited text as a whole: the incremental sanitiser gives what sanitise gives after each edit', () => {
    // Runs that sanitising blanks, edited at their edges and inside: repeated and mixed marks, spaced marks across a line
    // break, a huge token, controls and lone surrogates; edits join and split them.
    let text = `Putin said${'.'.repeat(6)} no. Talks ${'!?'.repeat(5)} went on.\n. . .\n. . . Berlin ${'ab'.repeat(45)} end.\u0000 \ud83d ok`;
    const pastes = ['x', ' ', '.', '. ', '!', '\n', '\r', 'Putin ', 'a'.repeat(81), '😀', '\u200b'];
    const incremental = createSanitiser();
    let seed = 11;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let i = 0; i < 300; i++) {
      const at = next(text.length + 1);
      text = next(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + next(8)) : text.slice(0, at) + pastes[next(pastes.length)] + text.slice(at);
      assert.equal(incremental(text), sanitise(text), `after edit ${i}`);
    }
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations or initials', () => {
    assert.deepEqual(sentencesOf('U.S. President Donald J. Trump met Mr. Putin. Talks ended! Did they? Yes.'),
      ['U.S. President Donald J. Trump met Mr. Putin.', 'Talks ended!', 'Did they?', 'Yes.']);
  });

  it('treats every line on its own (headline, dateline, credit line) and keeps CRLF out of spans', () => {
    assert.deepEqual(sentencesOf('‘NO LIMITS’\r\nMOSCOW (Reuters) - Talks began.\r\n\r\n(Editing by Ann Lee)\r\n'),
      ['‘NO LIMITS’', 'MOSCOW (Reuters) - Talks began.', '(Editing by Ann Lee)']);
  });

  it('splits after a closing quote that ends a sentence', () => {
    assert.deepEqual(sentencesOf('He said “we will win.” Then he left.'), ['He said “we will win.”', 'Then he left.']);
  });

  it('cuts a very long sentence into bounded chunks at spaces, covering all of it', () => {
    const text = Array.from({ length: 2000 }, () => 'word').join(' ');
    const spans = splitSentences(text);
    assert.ok(spans.length > 1 && spans.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS));
    assert.equal(spans.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' '), text);
  });
});
