// The tagger's view of a text line by line: tokens and sentences never cross a line break, so each line is tokenised
// once and kept while it is unchanged; typing re-tokenises one line instead of the whole article.
import { isWhitespace } from '../text/characters';
import type { DocumentText, LineText } from '../text/lines';
import { changedRange, LineWordCounts } from '../text/lineWordCounts';
import { keepRecent, takeRecent } from '../text/recentFirst';
import { isCapitalised } from '../text/tokens';
import { capitalisedMidSentence, type WordSet } from './features';
import { sharedEnd, sharedStart } from '../text/sanitise';
import { readsUpTo, scanTokens, splitSentences, tokenize, type TaggerToken } from './tokenize';

/** Both taggers' answers for one sentence: chunks as token ranges [from, to, type], and what the names were decoded from. */
export interface SentenceTagging {
  /** The document cues the tagging was computed under (cuesOf). */
  cues: string;
  /** The names model's first pass: its emission scores (flat, a row per token) and the label indices they decode to. */
  first: { emission: Float32Array; labels: number[] };
  /** The names: the first pass's, or a stacked model's second pass under `votes`. */
  names: [number, number, string][];
  /** The vote features the names were last decoded under (a stacked model's second pass). */
  votes?: string;
  /** The figure model's emission scores (flat, a row per token), for a later version of the sentence to reuse. */
  figureScores: Float32Array;
  figures: [number, number, string][];
}

/** One tagger sentence, with what its tagging reads and the tagging last computed for it. */
export interface LineSentence {
  /** Tokens with offsets relative to the sentence's first token: a sentence that only moved along its line, as the
   *  sentences after a keystroke do, is the same object. */
  tokens: TaggerToken[];
  words: string[];
  /** Lower-cased capitalised words after the first: what this sentence adds to the document's capitals. */
  midCapitals: string[];
  /** Lower-cased form of every capitalised word: the document cues the tagging of this sentence depends on. */
  capitalised: string[];
  /** The last tagging. */
  chunks?: SentenceTagging;
}

/** One line's tagger sentences, where each starts in the line, and the first non-space character after the line they
 *  were tokenised with. */
export interface TaggedLine {
  next: string;
  sentences: LineSentence[];
  starts: number[];
}

/** A line's tagger sentences and where the line starts. */
export interface PlacedTaggedLine {
  start: number;
  line: TaggedLine;
}

/** The tagger's answers per line of the document's text, kept while the line is unchanged (one per edited document):
 *  one per character read after the line, the most recently used first. A line the document writes more than once (a
 *  blank line, a repeated dateline) is one line object followed by different lines, and with one answer kept it was
 *  tokenised again at every place on every run. */
export type TaggerMemo = WeakMap<LineText, TaggedLine[]>;

/** Taggings kept for one line, one per character after it: more than a line is followed by in any real document. */
const MAX_TAGGINGS_PER_LINE = 16;

/** A blank line has no tokens, whatever follows it: one tagging serves it everywhere. */
const nextReadBy = (line: LineText, next: string): string => (/\S/.test(line.text) ? next : '');

/** The tagger sentences of one line of text (exported for the tests that hold an edited line's to it). `next` is the first non-space character after the line ("" at the end of
 *  the text): the tokenizer reads it to tell an initial ("J.") from a full stop, as it does when tokenising a whole text. */
export function lineOf(lineText: string, next: string): TaggedLine {
  const context = contextOf(lineText, next);
  const tokens = tokenize(context).filter((token) => token.end <= lineText.length);
  const line: TaggedLine = { next, sentences: [], starts: [] };
  for (const sentenceTokens of splitSentences(context, tokens)) addSentence(line, sentenceTokens);
  return line;
}

/** What a line is tokenised as: its characters and the first non-space character after it. */
const contextOf = (lineText: string, next: string): string => (next ? `${lineText}\n${next}` : lineText);

/** Adds a sentence of tokens (offsets from the line's start, turned into offsets from the sentence's start) to a line. */
function addSentence(line: TaggedLine, tokens: TaggerToken[]): LineSentence {
  const start = tokens[0].start;
  for (const token of tokens) {
    token.start -= start;
    token.end -= start;
  }
  const words = tokens.map((token) => token.text);
  const capitalised = words.filter(isCapitalised).map((word) => word.toLowerCase());
  const sentence: LineSentence = { tokens, words, midCapitals: capitalisedMidSentence(words), capitalised };
  line.sentences.push(sentence);
  line.starts.push(start);
  return sentence;
}

/** The tagger line of `text` (followed by `next`) made from `before` (exported for its tests), the tagger line of `oldText` followed by the same
 *  character, as `lineOf` would make it: the sentences before the edit and those after it (moved) are `before`'s own
 *  objects, and only the characters from the last unchanged sentence before the edit to the first token where the scan
 *  of the new text falls in step with the old one's again are tokenised. Also gives the sentences made anew. */
export function lineEditedFrom(before: TaggedLine, oldText: string, text: string): { line: TaggedLine; made: LineSentence[]; replacing: LineSentence[] } {
  const { next } = before;
  const oldContext = contextOf(oldText, next), context = contextOf(text, next);
  const shortest = Math.min(oldText.length, text.length);
  const changedAt = sharedStart(oldText, text, shortest);
  // From here on the two texts (and what follows them) are the same, `shift` characters apart.
  const sameFrom = text.length - sharedEnd(oldText, text, shortest - changedAt);
  const shift = text.length - oldText.length;
  const { sentences, starts } = before;
  // The sentences whose tokens, and the reads that found them, end before the first changed character: the first
  // character of the token after each is read, so each still ends where it did (splitSentences reads no more of it).
  let kept = 0;
  while (kept < sentences.length && readsUpTo(oldContext, endOf(before, kept)) <= changedAt) kept++;
  const line: TaggedLine = { next, sentences: sentences.slice(0, kept), starts: starts.slice(0, kept) };
  const tokens: TaggerToken[] = [];
  // Walks the old line's tokens after the kept sentences, in step with the new scan, to find one the scans share.
  let oldSentence = kept, oldToken = 0;
  let resumeAt = -1;
  scanTokens(context, kept === 0 ? 0 : endOf(before, kept - 1), (start, end, token) => {
    if (end > text.length) return false;
    tokens.push({ text: token, start, end });
    if (start < sameFrom) return true;
    while (oldSentence < sentences.length && starts[oldSentence] + sentences[oldSentence].tokens[oldToken].start + shift < start) {
      if (++oldToken === sentences[oldSentence].tokens.length) { oldSentence++; oldToken = 0; }
    }
    // Past the old line's last token: the rest of the line is new.
    if (oldSentence === sentences.length) return true;
    // A token starting at the same place in the same characters (which alone decide where it ends): from here on both
    // scans find the same tokens, and a sentence that ends with it ends in both, before the same next token.
    if (starts[oldSentence] + sentences[oldSentence].tokens[oldToken].start + shift !== start) return true;
    if (oldToken < sentences[oldSentence].tokens.length - 1) return true;
    resumeAt = oldSentence + 1;
    return false;
  });
  const made = splitSentences(context, tokens).map((sentenceTokens) => addSentence(line, sentenceTokens));
  const resumed = resumeAt >= 0 ? resumeAt : sentences.length;
  for (let k = resumed; k < sentences.length; k++) {
    line.sentences.push(sentences[k]);
    line.starts.push(starts[k] + shift);
  }
  return { line, made, replacing: sentences.slice(kept, resumed) };
}

/** Where the last token of a line's sentence `k` ends, from the line's start. */
function endOf(line: TaggedLine, k: number): number {
  const { tokens } = line.sentences[k];
  return line.starts[k] + tokens[tokens.length - 1].end;
}

/** Calls `visit` with each line of `document`, where it starts, and the first non-space character after it ("" at the
 *  end of the text). */
function eachLineWithNext(text: string, document: DocumentText, visit: (start: number, line: LineText, next: string) => void): void {
  // The first non-space character at or after a line's end; it only moves forward (blank lines share it).
  let after = 0;
  for (const { start, line } of document.lines) {
    after = Math.max(after, start + line.text.length);
    while (after < text.length && isWhitespace(text.charCodeAt(after))) after++;
    visit(start, line, after < text.length ? text[after] : '');
  }
}

/** Calls `visit` with where each line of `document` starts and its tagger sentences, made anew and kept by no memo. */
export function eachTaggerLine(text: string, document: DocumentText, visit: (start: number, line: TaggedLine) => void): void {
  eachLineWithNext(text, document, (start, line, next) => visit(start, lineOf(line.text, next)));
}

/** The lines of a memo's last run and the tagger line each was read as. */
interface LastLines {
  texts: readonly LineText[];
  tagged: readonly TaggedLine[];
}
const lastLinesByMemo = new WeakMap<TaggerMemo, LastLines>();

/** A line's sentences whose taggings may have been read under the capitals and votes of another version of the
 *  document than the last run's, or that have none yet. */
export interface RenewedSentences {
  line: TaggedLine;
  sentences: readonly LineSentence[];
  /** For a line made from its last version, the old sentences the new ones replaced, in order: the k-th new sentence
   *  is likely an edit of the k-th, whose tagging it can start from. */
  replacing?: readonly LineSentence[];
}

/** The tagger sentences of every line of `document`, from the memo when the line and the character after it are
 *  unchanged, and the sentences of lines made anew or taken back from the memo that the last run did not have at
 *  their place (`renewed`; a line's kept reading before another next character, as an undo brings back, is renewed
 *  whole). A line the last run had at the same place (from either end, one line differs on a keystroke) and followed
 *  by the same character takes the tagger line it had then without a look-up; the one line a keystroke changes is made
 *  from the last run's version of it, sharing the sentences the edit did not touch, and only its new sentences are
 *  renewed. New sentences take the tagging of a sentence with the same words in a line that went away (an edited
 *  paragraph re-tags only its edited sentence). Renewed sentences' taggings may have been read under other document
 *  capitals and votes than this run's. */
export function taggedLines(text: string, document: DocumentText, memo: TaggerMemo): { placed: PlacedTaggedLine[]; renewed: RenewedSentences[] } {
  const placed: PlacedTaggedLine[] = [];
  const renewed: RenewedSentences[] = [];
  const made: LineSentence[] = [];
  const replaced: TaggedLine[] = [];
  const texts = document.lines.map(({ line }) => line);
  const last = lastLinesByMemo.get(memo);
  const { start: same, oldEnd, newEnd } = changedRange(last?.texts ?? [], texts);
  // The line a keystroke edited, as the last run read it.
  const edited = last && oldEnd === same + 1 && newEnd === same + 1 ? { text: last.texts[same].text, tagged: last.tagged[same] } : undefined;
  let index = 0;
  eachLineWithNext(text, document, (start, line, after) => {
    const i = index++;
    const before = last && (i < same || i >= newEnd) ? last.tagged[i < same ? i : i - newEnd + oldEnd] : undefined;
    // An empty line is read with no character after it, whatever follows.
    if (before && (before.next === after || line.text.length === 0)) placed.push({ start, line: before });
    else {
      const next = nextReadBy(line, after);
      const fromEdit = i === same && edited?.tagged.next === next ? edited : undefined;
      const got = keptOrNewLine(memo, line, next, fromEdit, replaced);
      renewed.push(got);
      if (got.made) made.push(...got.sentences);
      placed.push({ start, line: got.line });
    }
  });
  if (made.length > 0) {
    const departed = document.departedLines().flatMap((line) => memo.get(line) ?? []);
    reuseTaggings(made, [...replaced, ...departed]);
  }
  lastLinesByMemo.set(memo, { texts, tagged: placed.map(({ line }) => line) });
  return { placed, renewed };
}

/** The memo's tagger line for `line` followed by `next` (all its sentences renewed), or one made anew: from `edited`
 *  (the last run's version of the line, followed by the same character) when given, else whole. A line made anew is
 *  kept in the memo, with the memo's other lines for it added to `replaced`. */
function keptOrNewLine(memo: TaggerMemo, line: LineText, next: string, edited: { text: string; tagged: TaggedLine } | undefined,
  replaced: TaggedLine[]): RenewedSentences & { made: boolean } {
  const kept = memo.get(line);
  const tagged = takeRecent(kept, (answer) => answer.next === next);
  if (tagged) return { line: tagged, sentences: tagged.sentences, made: false };
  const fromEdit = edited ? lineEditedFrom(edited.tagged, edited.text, line.text) : undefined;
  const made = fromEdit?.line ?? lineOf(line.text, next);
  if (kept) {
    replaced.push(...kept);
    keepRecent(kept, made, MAX_TAGGINGS_PER_LINE);
  } else memo.set(line, [made]);
  return { line: made, sentences: fromEdit?.made ?? made.sentences, replacing: fromEdit?.replacing, made: true };
}

/** Gives new sentences the taggings of sentences with the same words in lines that went away. */
function reuseTaggings(made: readonly LineSentence[], departed: readonly TaggedLine[]): void {
  const wanted = new Map<string, LineSentence[]>();
  for (const sentence of made) {
    if (sentence.chunks) continue;
    const key = sentence.words.join('\u0001');
    const same = wanted.get(key);
    if (same) same.push(sentence);
    else wanted.set(key, [sentence]);
  }
  if (wanted.size === 0) return;
  // Only a departed sentence of as many words as a wanted one can have its words.
  const lengths = new Set<number>();
  for (const [first] of wanted.values()) lengths.add(first.words.length);
  for (const line of departed) {
    for (const sentence of line.sentences) {
      if (!sentence.chunks || !lengths.has(sentence.words.length)) continue;
      const taking = wanted.get(sentence.words.join('\u0001'));
      // The last departed sentence with the words gives its tagging, as a map of them all would.
      if (taking) for (const into of taking) into.chunks = sentence.chunks;
    }
  }
}

/** The capitals counts of each document (by its tagger memo), as its last run left them. */
const capitalsByMemo = new WeakMap<TaggerMemo, LineWordCounts<TaggedLine, LineSentence>>();

/** Lower-cased words written with a capital somewhere other than at a sentence start (the tagger's document cue, as
 *  `capitalisedInDocument` computes it from whole sentences), each with how often the document's lines write it. With
 *  the document's memo, the counts its last run left are kept and only the lines that changed are subtracted and
 *  added: a keystroke never gathers every line's capitals again. The map is the memo's own, changed by the next run. */
export function documentCapitals(lines: readonly PlacedTaggedLine[], memo: TaggerMemo): DocumentCapitals {
  let counts = capitalsByMemo.get(memo);
  const first = !counts;
  if (!counts) capitalsByMemo.set(memo, (counts = new LineWordCounts<TaggedLine, LineSentence>((sentence) => sentence.midCapitals, false, (line) => line.sentences)));
  const capitals = counts.update(lines.map(({ line }) => line));
  return { capitals, changed: first ? undefined : counts.presenceChanged };
}

/** The document's mid-sentence capitals, and the words that became or stopped being one since the memo's last run
 *  (undefined on its first run): a sentence none of whose capitalised words is among them keeps its cues. */
export interface DocumentCapitals {
  capitals: ReadonlyMap<string, number>;
  changed: ReadonlySet<string> | undefined;
}

/** The cue string of a sentence under the document's capitals: for each capitalised word, whether the document
 *  capitalises it mid-sentence. */
export function cuesOf(sentence: Pick<LineSentence, 'capitalised'>, docCaps: WordSet): string {
  let cues = '';
  for (const word of sentence.capitalised) cues += docCaps.has(word) ? '1' : '0';
  return cues;
}
