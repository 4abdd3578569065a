// The tagger's view of a text line by line: tokens and sentences never cross a line break, so each line is tokenised
// once and kept while it is unchanged; typing re-tokenises one line instead of the whole article.
import { isWhitespace } from '../text/characters';
import type { DocumentText, LineText } from '../text/lines';
import { changedRange, LineWordCounts } from '../text/lineWordCounts';
import { keepRecent, takeRecent } from '../text/recentFirst';
import { isCapitalised } from '../text/tokens';
import { capitalisedMidSentence, type WordSet } from './features';
import { splitSentences, tokenize, type TaggerToken } from './tokenize';

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
  /** The last tagging. */
  chunks?: SentenceTagging;
}

/** One line's tagger sentences, and the first non-space character after the line they were tokenised with. */
export interface TaggedLine {
  next: string;
  sentences: LineSentence[];
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

/** The tagger sentences of one line of text. `next` is the first non-space character after the line ("" at the end of
 *  the text): the tokenizer reads it to tell an initial ("J.") from a full stop, as it does when tokenising a whole text. */
function lineOf(lineText: string, next: string): TaggedLine {
  const context = next ? `${lineText}\n${next}` : lineText;
  const tokens = tokenize(context).filter((token) => token.end <= lineText.length);
  return {
    next,
    sentences: splitSentences(context, tokens).map((sentenceTokens) => {
      const words = sentenceTokens.map((token) => token.text);
      const capitalised = words.filter(isCapitalised).map((word) => word.toLowerCase());
      return { tokens: sentenceTokens, words, midCapitals: capitalisedMidSentence(words), capitalised };
    }),
  };
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

/** The tagger sentences of every line of `document`, from the memo when the line and the character after it are
 *  unchanged, the lines made anew this run (`fresh`), and the lines taken back from the memo that the last run did
 *  not have at their place (`revived`: a line's kept reading before another next character, as an undo brings back).
 *  A line the last run had at the same place (from either end, one line differs on a keystroke) and followed by the
 *  same character takes the tagger line it had then without a look-up. Sentences of new lines take the tagging of a
 *  sentence with the same words in a line that went away (an edited paragraph re-tags only its edited sentence).
 *  Fresh and revived lines' taggings may have been read under other document capitals and votes than this run's. */
export function taggedLines(text: string, document: DocumentText, memo: TaggerMemo): { placed: PlacedTaggedLine[]; fresh: TaggedLine[]; revived: TaggedLine[] } {
  const placed: PlacedTaggedLine[] = [];
  const computed: TaggedLine[] = [];
  const revived: TaggedLine[] = [];
  const replaced: TaggedLine[] = [];
  const texts = document.lines.map(({ line }) => line);
  const last = lastLinesByMemo.get(memo);
  const { start: same, oldEnd, newEnd } = changedRange(last?.texts ?? [], texts);
  let index = 0;
  eachLineWithNext(text, document, (start, line, after) => {
    const i = index++;
    const before = last && (i < same || i >= newEnd) ? last.tagged[i < same ? i : i - newEnd + oldEnd] : undefined;
    // An empty line is read with no character after it, whatever follows.
    if (before && (before.next === after || line.text.length === 0)) placed.push({ start, line: before });
    else {
      const made = computed.length;
      const tagged = keptOrNewLine(memo, line, nextReadBy(line, after), computed, replaced);
      if (computed.length === made) revived.push(tagged);
      placed.push({ start, line: tagged });
    }
  });
  if (computed.length > 0) {
    const departed = document.departedLines().flatMap((line) => memo.get(line) ?? []);
    reuseTaggings(computed, [...replaced, ...departed]);
  }
  lastLinesByMemo.set(memo, { texts, tagged: placed.map(({ line }) => line) });
  return { placed, fresh: computed, revived };
}

/** The memo's tagger line for `line` followed by `next`, or one made anew (added to `computed`, with the memo's other
 *  lines for it added to `replaced`). */
function keptOrNewLine(memo: TaggerMemo, line: LineText, next: string, computed: TaggedLine[], replaced: TaggedLine[]): TaggedLine {
  const kept = memo.get(line);
  const tagged = takeRecent(kept, (answer) => answer.next === next);
  if (tagged) return tagged;
  const made = lineOf(line.text, next);
  if (kept) {
    replaced.push(...kept);
    keepRecent(kept, made, MAX_TAGGINGS_PER_LINE);
  } else memo.set(line, [made]);
  computed.push(made);
  return made;
}

/** Gives new lines' sentences the taggings of sentences with the same words in lines that went away. */
function reuseTaggings(computed: readonly TaggedLine[], departed: readonly TaggedLine[]): void {
  const taggings = new Map<string, LineSentence['chunks']>();
  for (const line of departed) for (const sentence of line.sentences) if (sentence.chunks) taggings.set(sentence.words.join('\u0001'), sentence.chunks);
  if (taggings.size === 0) return;
  for (const line of computed) for (const sentence of line.sentences) sentence.chunks ??= taggings.get(sentence.words.join('\u0001'));
}

/** The capitals counts of each document (by its tagger memo), as its last run left them. */
const capitalsByMemo = new WeakMap<TaggerMemo, LineWordCounts<TaggedLine>>();

/** A line's mid-sentence capitals, sentence by sentence. */
function* midCapitalsOf(line: TaggedLine): Iterable<string> {
  for (const sentence of line.sentences) yield* sentence.midCapitals;
}

/** Lower-cased words written with a capital somewhere other than at a sentence start (the tagger's document cue, as
 *  `capitalisedInDocument` computes it from whole sentences), each with how often the document's lines write it. With
 *  the document's memo, the counts its last run left are kept and only the lines that changed are subtracted and
 *  added: a keystroke never gathers every line's capitals again. The map is the memo's own, changed by the next run. */
export function documentCapitals(lines: readonly PlacedTaggedLine[], memo: TaggerMemo): DocumentCapitals {
  let counts = capitalsByMemo.get(memo);
  const first = !counts;
  if (!counts) capitalsByMemo.set(memo, (counts = new LineWordCounts<TaggedLine>(midCapitalsOf)));
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
