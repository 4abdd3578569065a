// The text's sentences, their words and its lower-case words, worked out line by line: nothing here crosses a line
// break, so an incremental analyser keeps each unchanged line's answers and typing redoes one line, not the article.
import type { TextSpan } from '../types';
import { LineWordCounts } from './lineWordCounts';
import type { Entry, RunMemo } from './runMemo';
import { sharedEnd, sharedStart } from './sanitise';
import { splitSentences } from './sentences';
import { LineWords } from './lineWords';

/** One line's text, sentences and their words; offsets relative to the line's start.
 *  An unchanged line keeps the same object from run to run, so later steps can keep their own per-line answers in a
 *  WeakMap keyed by it. */
export interface LineText {
  text: string;
  sentences: TextSpan[];
  words: LineWords;
}

/** A line of the text and where it starts. */
export interface PlacedLine {
  start: number;
  line: LineText;
}

/** What the name rules read of a whole text, with offsets into it. */
export interface DocumentText {
  lines: PlacedLine[];
  /** The lines the last run had and this one has not: the old versions of edited lines (none without a memo). */
  departedLines(): LineText[];
  sentences: TextSpan[];
  /** True when the text writes `word` in lower case somewhere ("mountain"): a capitalised copy may be a common word. */
  writesInLowerCase(word: string): boolean;
}

/** A word starting in lower case, as a whole word ("mountain", "e-mail", "o’clock"). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu;

/** The sentences and words of one line. */
function lineTextOf(line: string): LineText {
  const sentences = splitSentences(line);
  return { text: line, sentences, words: new LineWords(line, sentences) };
}

/** The lines an analyser's memo keeps from run to run: only for those is an answer worth keeping with the line. */
const keptLines = new WeakSet<LineText>();

/** True for a line an analyser keeps for its next run (see cachedByLine); a one-shot analysis's lines go with it. */
export const isKeptLine = (line: LineText): boolean => keptLines.has(line);

/** A line as a memo keeps it. */
function keptLineTextOf(line: string): LineText {
  const lineText = lineTextOf(line);
  keptLines.add(lineText);
  return lineText;
}

/** The words `text` writes in lower case. No match crosses a line break, so a text's are its lines' together. */
function lowerCaseWordsOf(text: string): Set<string> {
  const words = new Set<string>();
  // Match by match: an array of every lower-case word of a long text would be most of its words.
  for (const [word] of text.matchAll(LOWER_CASE_WORD)) words.add(word);
  return words;
}

/** The words one line writes in lower case: all at once, as strings, which for a line costs less than a match object and
 *  an iterator result for each word (the line typed into is read again on every keystroke, some 1,300 words long). */
function lowerCaseWordsOfLine(line: string): Set<string> {
  return new Set(line.match(LOWER_CASE_WORD));
}

/** A line's sentences with offsets into the whole text, for a line starting at `start`. */
interface PlacedSentences {
  start: number;
  sentences: TextSpan[];
}

/** The line's sentences moved to `start`. */
function placedAt(line: LineText, start: number): PlacedSentences {
  return { start, sentences: line.sentences.map((sentence) => ({ start: sentence.start + start, end: sentence.end + start })) };
}

/** An edited document's last split: its text, and each line's start, memo entry and sentences as placed. */
interface LastSplit {
  text: string;
  starts: number[];
  entries: Entry<LineText>[];
  placed: PlacedSentences[];
}

/** The last split of each edited document (by its memo of lines). */
const lastSplits = new WeakMap<RunMemo<LineText>, LastSplit>();

/** A line of the last split found again unchanged: its memo entry and its sentences as they were placed. */
interface UnchangedLine {
  entry: Entry<LineText>;
  placed: PlacedSentences;
}

/** The lines of the last split that stand unchanged in `text`, asked for in text order (`at`, by the start and end of
 *  each line of the new text): those before the edit, where the text and the break after them are unchanged, and those
 *  after it, where the break before them, the line and the break after it are (or the text ends). A typed character
 *  then looks up one line by its characters, not every line of the document. */
function unchangedLines(text: string, memo: RunMemo<LineText>): { at(start: number, end: number): UnchangedLine | undefined } | undefined {
  const last = lastSplits.get(memo);
  if (!last) return undefined;
  const old = last.text;
  const shortest = Math.min(old.length, text.length);
  const prefix = sharedStart(old, text, shortest);
  const suffix = sharedEnd(old, text, shortest - prefix);
  const shift = text.length - old.length;
  let i = 0;
  return {
    at(start, end) {
      // The last split's lines are walked once, in step with the new text's.
      while (i < last.starts.length && last.starts[i] + (last.starts[i] < prefix ? 0 : shift) < start) i++;
      if (i >= last.starts.length) return undefined;
      const oldStart = last.starts[i];
      const oldEnd = oldStart + last.entries[i].value.text.length;
      if (oldEnd < prefix && oldStart === start && oldEnd === end) return { entry: last.entries[i], placed: last.placed[i] };
      const inSuffix = oldStart - 1 >= old.length - suffix && oldStart > 0;
      if (inSuffix && oldStart + shift === start && oldEnd + shift === end) return { entry: last.entries[i], placed: last.placed[i] };
      return undefined;
    },
  };
}

/** A finder of the line breaks of one text, left to right: "\n", "\r\n" and a lone "\r", as VS Code counts lines; the
 *  text's end counts as a break one character long, so stepping past it ends the text. Each search starts past the
 *  last answer, so the text is scanned once however many lines it has. */
function lineBreaks(text: string): (from: number) => { at: number; length: number } {
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  return (from) => {
    if (lineFeed >= 0 && lineFeed < from) lineFeed = text.indexOf('\n', from);
    if (carriageReturn >= 0 && carriageReturn < from) carriageReturn = text.indexOf('\r', from);
    const at = carriageReturn < 0 ? lineFeed : lineFeed < 0 ? carriageReturn : Math.min(lineFeed, carriageReturn);
    if (at < 0) return { at: text.length, length: 1 };
    return { at, length: text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1 };
  };
}

/** The lines and sentences of `text`; with a memo, lines the last run saw are not split again. The spans returned are
 *  shared between runs and must not be changed. Words stay with their lines (`lines[i].line.words`, offsets from the
 *  line's start): placing every word of the article on each keystroke cost more than the rules that read them. A line
 *  ends at "\n", "\r\n" or a lone "\r", as in the editor, so no name, date or figure spans two editor lines. */
export function documentText(text: string, memo?: RunMemo<LineText>): DocumentText {
  const sentences: TextSpan[] = [];
  const lines: PlacedLine[] = [];
  const nextBreak = lineBreaks(text);
  const unchanged = memo ? unchangedLines(text, memo) : undefined;
  const split: LastSplit = { text, starts: [], entries: [], placed: [] };
  for (let start = 0; start <= text.length;) {
    const lineBreak = nextBreak(start);
    const end = lineBreak.at;
    let lineText: LineText;
    let here: PlacedSentences;
    const kept = unchanged?.at(start, end);
    if (kept && memo!.keep(kept.entry)) {
      lineText = kept.entry.value;
      here = kept.placed.start === start ? kept.placed : placedAt(lineText, start);
      split.entries.push(kept.entry);
    } else if (memo) {
      // A kept line holds the memo's own copy of its characters: a slice would keep the whole document of its run alive.
      const entry = memo.entryOf(text.slice(start, end), keptLineTextOf);
      lineText = entry.value;
      here = placedAt(lineText, start);
      split.entries.push(entry);
    } else {
      lineText = lineTextOf(text.slice(start, end));
      here = placedAt(lineText, start);
    }
    lines.push({ start, line: lineText });
    if (memo) { split.starts.push(start); split.placed.push(here); }
    sentences.push(...here.sentences);
    start = end + lineBreak.length;
  }
  if (memo) lastSplits.set(memo, split);
  let lowerCaseWords: ReadonlySet<string> | ReadonlyMap<string, number> | undefined;
  const allLowerCaseWords = (): ReadonlySet<string> | ReadonlyMap<string, number> => {
    if (lowerCaseWords) return lowerCaseWords;
    // Without a memo nothing is kept for a next run: the text is read once, and no line keeps a set of its own.
    return (lowerCaseWords = memo ? countedLowerCaseWords(memo, lines) : lowerCaseWordsOf(text));
  };
  return {
    lines, sentences,
    departedLines: () => memo?.unusedFromLastRun() ?? [],
    writesInLowerCase: (word) => allLowerCaseWords().has(word),
  };
}

/** The lower-case word counts of each edited document (by its memo of lines), as its last run that asked left them. */
const countsByMemo = new WeakMap<RunMemo<LineText>, LineWordCounts<LineText>>();

/** The lower-case words of `lines`, counted by line, so a keystroke never gathers every line's words again. */
function countedLowerCaseWords(memo: RunMemo<LineText>, lines: readonly PlacedLine[]): ReadonlyMap<string, number> {
  let counts = countsByMemo.get(memo);
  if (!counts) countsByMemo.set(memo, (counts = new LineWordCounts<LineText>((line) => lowerCaseWordsOfLine(line.text), true)));
  return counts.update(lines.map(({ line }) => line));
}
