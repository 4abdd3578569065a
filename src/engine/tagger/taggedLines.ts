// The tagger's view of a text line by line: tokens and sentences never cross a line break, so each line is tokenised
// once and kept while it is unchanged; typing re-tokenises one line instead of the whole article.
import type { RunMemo } from '../text/runMemo';
import { isCapitalised } from '../text/tokens';
import type { TextSpan } from '../types';
import { splitSentences, tokenize, type TaggerToken } from './tokenize';

/** Both taggers' chunks of one sentence, as token ranges [from, to, type]. */
export interface SentenceChunks {
  names: [number, number, string][];
  figures: [number, number, string][];
}

/** One tagger sentence, with what its tagging reads and the tagging last computed for it. */
export interface LineSentence {
  /** Tokens with offsets relative to the start of their line. */
  tokens: TaggerToken[];
  words: string[];
  /** Lower-cased capitalised words after the first: what this sentence adds to the document's capitals. */
  midCapitals: string[];
  /** Lower-cased form of every capitalised word: the document cues the tagging of this sentence depends on. */
  capitalised: string[];
  /** The last tagging, and the cues it was computed under. */
  chunks?: { cues: string; value: SentenceChunks };
}

/** One line's sentences. */
export interface TaggedLine {
  sentences: LineSentence[];
}

/** A line of the text and where it starts. */
export interface PlacedLine {
  start: number;
  line: TaggedLine;
}

/** True for a character `\s` matches, answered without a regex for ASCII. */
function isSpace(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code));
}

/** The sentences of one line of text. `next` is the first non-space character after the line ("" at the end of the
 *  span): the tokenizer reads it to tell an initial ("J.") from a full stop, as it does when tokenising a whole text. */
function lineOf(lineText: string, next: string): TaggedLine {
  const context = next ? `${lineText}\n${next}` : lineText;
  const tokens = tokenize(context).filter((token) => token.end <= lineText.length);
  return {
    sentences: splitSentences(context, tokens).map((sentenceTokens) => {
      const words = sentenceTokens.map((token) => token.text);
      const capitalised: string[] = [];
      const midCapitals: string[] = [];
      words.forEach((word, i) => {
        if (!isCapitalised(word)) return;
        const lower = word.toLowerCase();
        capitalised.push(lower);
        if (i > 0) midCapitals.push(lower);
      });
      return { tokens: sentenceTokens, words, midCapitals, capitalised };
    }),
  };
}

/** The lines of text[span], each from the memo when the same line (and the character after it) was seen last run.
 *  Sentences of new lines take the tagging of a sentence with the same words in a line the last run had and this one
 *  has not (an edited paragraph re-tags only its edited sentence). */
export function taggedLines(text: string, span: TextSpan, memo: RunMemo<TaggedLine>): PlacedLine[] {
  const lines: PlacedLine[] = [];
  const computed: TaggedLine[] = [];
  let start = span.start;
  while (start < span.end) {
    const breakAt = text.indexOf('\n', start);
    const end = breakAt < 0 || breakAt > span.end ? span.end : breakAt;
    let after = end;
    while (after < span.end && isSpace(text.charCodeAt(after))) after++;
    const next = after < span.end ? text[after] : '';
    // The key runs from the line to the next line's first character: one slice, no string building per line.
    const key = text.slice(start, next ? after + 1 : end);
    lines.push({ start, line: memo.get(key, () => { const line = lineOf(text.slice(start, end), next); computed.push(line); return line; }) });
    start = end + 1;
  }
  if (computed.length > 0) reuseTaggings(computed, memo.unusedFromLastRun());
  return lines;
}

/** Gives new lines' sentences the taggings of sentences with the same words in lines that went away. */
function reuseTaggings(computed: readonly TaggedLine[], departed: readonly TaggedLine[]): void {
  const taggings = new Map<string, LineSentence['chunks']>();
  for (const line of departed) for (const sentence of line.sentences) if (sentence.chunks) taggings.set(sentence.words.join('\u0001'), sentence.chunks);
  if (taggings.size === 0) return;
  for (const line of computed) for (const sentence of line.sentences) sentence.chunks ??= taggings.get(sentence.words.join('\u0001'));
}

/** Lower-cased words written with a capital somewhere other than at a sentence start (the tagger's document cue). */
export function capitalisedMidSentence(lines: readonly PlacedLine[]): Set<string> {
  const seen = new Set<string>();
  for (const { line } of lines) for (const sentence of line.sentences) for (const word of sentence.midCapitals) seen.add(word);
  return seen;
}

/** The cue string of a sentence under the document's capitals: for each capitalised word, whether the document
 *  capitalises it mid-sentence. */
export function cuesOf(sentence: LineSentence, docCaps: ReadonlySet<string>): string {
  let cues = '';
  for (const word of sentence.capitalised) cues += docCaps.has(word) ? '1' : '0';
  return cues;
}
