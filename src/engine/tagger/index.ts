// Public API of the statistical taggers: names (person / organization / place) and figure spans, with offsets.
import type { NameMention } from '../names/nameMention';
import { documentText, type DocumentText } from '../text/lines';
import type { TextSpan } from '../types';
import { ArticleVotes } from './articleVotes';
import { documentVotes } from './documentVotes';
import { capitalisedInDocument, sentenceFeatureIds } from './features';
import { chunksOf, KIND_OF_TYPE } from './labels';
import type { TaggerModel } from './model';
import { changedRange } from '../text/lineWordCounts';
import { cuesOf, documentCapitals, taggedLines, type LineSentence, type RenewedSentences, type SentenceTagging, type TaggedLine, type TaggerMemo } from './taggedLines';
import { defaultModel, firstPass, secondPass, sentenceVotes, tagSentence, type EarlierTagging } from './sentencePasses';
import { tagTextOnce } from './tagOnce';
import { emissionScores } from './viterbi';

export { defaultModel, figuresModel } from './sentencePasses';
export type { SentenceTagging, TaggedLine, TaggerMemo } from './taggedLines';

/** Label strings for each sentence of words (the training scorer's entry point); a stacked model tags twice. */
export function tagSentences(model: TaggerModel, sentences: readonly (readonly string[])[]): string[][] {
  const docCaps = capitalisedInDocument(sentences);
  const first = sentences.map((words) => firstPass(model, words, emissionScores(model, sentenceFeatureIds(words, model.bits, model, docCaps))));
  const toStrings = (labels: number[]): string[] => labels.map((y) => model.labels[y]);
  if (!model.stacked) return first.map((f) => toStrings(f.labels));
  const votes = documentVotes(sentences, first.map((f) => f.labels));
  return sentences.map((words, k) => toStrings(secondPass(model, words, first[k], sentenceVotes(words, first[k], votes).features)));
}

/** A typed span a tagger found: [start, end) offsets into the text and its label type ("MONEY", "CARDINAL"). */
export interface TaggedSpan extends TextSpan {
  type: string;
}

/** What both taggers found in a text: name mentions, and figure spans (with the DATE and TIME spans that exclude figures). */
export interface TaggedText {
  names: NameMention[];
  figures: TaggedSpan[];
}

/** True when one of `words` is in `set`: a loop, as it runs for every sentence on every keystroke. */
function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return true;
  return false;
}

/** The tagging to start tagging a sentence again from: its own (under other cues), or that of the old sentence it
 *  replaced in an edited line. */
function earlierOf(sentence: LineSentence, replaced: ReadonlyMap<LineSentence, LineSentence>): EarlierTagging | undefined {
  if (sentence.chunks) return { words: sentence.words, tagging: sentence.chunks };
  const old = replaced.get(sentence);
  return old?.chunks && { words: old.words, tagging: old.chunks };
}

/** The tagger memos whose last run checked every sentence's cues against the document's capitals and brought every
 *  sentence's votes up to date: after a run that did not finish, the next looks at every sentence again. */
const completed = new WeakSet<TaggerMemo>();

/** The votes of each document (by its tagger memo), as its last run left them. */
const votesByMemo = new WeakMap<TaggerMemo, ArticleVotes>();

/** A line's chunks as spans relative to its start, and the chunk arrays of its sentences they were read from: kept
 *  while every sentence holds the same arrays (a tagging is never changed in place: tagging again or a second pass
 *  gives new arrays, and a tagging shared with another line changes for both). */
interface LineOutput {
  from: (readonly unknown[])[];
  names: { kind: NameMention['kind']; start: number; end: number }[];
  figures: TaggedSpan[];
}
const outputOf = new WeakMap<TaggedLine, LineOutput>();

/** True when a kept output was read from the taggings the line's sentences hold now. */
function isCurrent(output: LineOutput, line: TaggedLine): boolean {
  const { sentences } = line;
  if (output.from.length !== 2 * sentences.length) return false;
  for (let k = 0; k < sentences.length; k++) {
    const chunks = sentences[k].chunks!;
    if (output.from[2 * k] !== chunks.names || output.from[2 * k + 1] !== chunks.figures) return false;
  }
  return true;
}

/** The chunks of a line's sentences as spans relative to the line's start. */
function lineOutput(line: TaggedLine): LineOutput {
  const output: LineOutput = { from: [], names: [], figures: [] };
  line.sentences.forEach(({ tokens, chunks }, k) => {
    const at = line.starts[k];
    output.from.push(chunks!.names, chunks!.figures);
    for (const [from, to, type] of chunks!.names) output.names.push({ kind: KIND_OF_TYPE[type], start: at + tokens[from].start, end: at + tokens[to - 1].end });
    for (const [from, to, type] of chunks!.figures) output.figures.push({ start: at + tokens[from].start, end: at + tokens[to - 1].end, type });
  });
  return output;
}

/** A stacked names model's second pass over every sentence whose vote features changed since its names were last
 *  decoded: on a keystroke, the sentences that share a word with the edited one, at most. `untallied` holds the
 *  sentences without votes (those tagged anew this run, when the last run completed). */
function applyVotes(lines: readonly TaggedLine[], memo: TaggerMemo, untallied: readonly LineSentence[] | undefined, run: RunChanges | undefined,
  renewed: readonly RenewedSentences[]): void {
  const model = defaultModel();
  if (!model.stacked) return;
  let article = votesByMemo.get(memo);
  if (!article) votesByMemo.set(memo, (article = new ArticleVotes()));
  const changed = article.update(lines, run?.retagged);
  const revote = (sentence: LineSentence, always = false): void => {
    const tagging = sentence.chunks!;
    if (!always && tagging.votes !== undefined && (changed.size === 0 || !anyIn(sentence.capitalised, changed))) return;
    const { features, cue } = sentenceVotes(sentence.words, tagging.first, article.votes);
    if (tagging.votes === cue) return;
    tagging.votes = cue;
    tagging.names = chunksOf(secondPass(model, sentence.words, tagging.first, features).map((y) => model.labels[y]));
    if (run && !run.madeTaggings.has(tagging)) run.olderTaggingChanged = true;
  };
  // With no word's votes changed, only sentences without votes (tagged anew) can need a second pass.
  if (changed.size === 0 && untallied) for (const sentence of untallied) revote(sentence);
  else for (const line of lines) for (const sentence of line.sentences) revote(sentence);
  // A new or revived sentence's tagging may have been decoded under the votes of another version of the document.
  for (const { sentences } of renewed) for (const sentence of sentences) revote(sentence, true);
}

/** What a run that follows a completed one changed of the taggings the lines held: which lines can read other chunks
 *  than the last run read from them. */
interface RunChanges {
  /** The sentences given a new tagging (the votes count only these again, of the lines the last run also had). */
  retagged: LineSentence[];
  /** The lines of those sentences. */
  retaggedLines: Set<TaggedLine>;
  /** The taggings made this run: each is held by the one sentence it was made for. */
  madeTaggings: Set<SentenceTagging>;
  /** True when a second pass changed the names of a tagging made before this run, which lines unknown may share. */
  olderTaggingChanged: boolean;
}

/** The lines of the last completed run of a memo and the output read from each. */
interface LastOutputs {
  lines: readonly TaggedLine[];
  outputs: readonly LineOutput[];
}
const lastOutputsByMemo = new WeakMap<TaggerMemo, LastOutputs>();

/** The output of a line without sentences. */
const NO_OUTPUT: LineOutput = { from: [], names: [], figures: [] };

/** The output of each line, current with its sentences' taggings. A line the last run (completed) also had at the
 *  same place from either end, none of whose sentences was tagged again this run, takes the output the last run read
 *  from it without looking at its sentences, unless a second pass changed an older (maybe shared) tagging. */
function currentOutputs(lines: readonly TaggedLine[], memo: TaggerMemo, run: RunChanges | undefined): LineOutput[] {
  const last = run && !run.olderTaggingChanged ? lastOutputsByMemo.get(memo) : undefined;
  const { start, oldEnd, newEnd } = last ? changedRange(last.lines, lines) : { start: 0, oldEnd: 0, newEnd: lines.length };
  const outputs: LineOutput[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (last && (i < start || i >= newEnd) && !run!.retaggedLines.has(line)) outputs.push(last.outputs[i < start ? i : i - newEnd + oldEnd]);
    else outputs.push(outputOfNow(line));
  }
  lastOutputsByMemo.set(memo, { lines, outputs });
  return outputs;
}

/** A line's output, kept with it while it is current. */
function outputOfNow(line: TaggedLine): LineOutput {
  if (line.sentences.length === 0) return NO_OUTPUT;
  let output = outputOf.get(line);
  if (!output || !isCurrent(output, line)) outputOf.set(line, (output = lineOutput(line)));
  return output;
}

/** Tags a text with the name and figure models. An incremental analyser passes the text's lines (`documentText`) and
 *  its memo: lines seen in the last run are not tokenised again, sentences whose words and document cues are unchanged
 *  are not tagged again. Without a memo nothing is kept for a next run (tagOnce.ts), and the answer is the same. */
export function tagText(text: string, document: DocumentText = documentText(text), memo?: TaggerMemo): TaggedText {
  return memo ? tagTextWithMemo(text, document, memo) : tagTextOnce(text, document);
}

function tagTextWithMemo(text: string, document: DocumentText, memo: TaggerMemo): TaggedText {
  const { placed: lines, renewed } = taggedLines(text, document, memo);
  // Sentences made anew or taken back from the memo: their taggings (kept, or taken from a line that went away) were
  // read under the capitals and votes of another version of the document, so each is checked again.
  const isRenewed = new Set<LineSentence>();
  for (const { sentences } of renewed) for (const sentence of sentences) isRenewed.add(sentence);
  // The old sentence each new sentence of an edited line likely is an edit of.
  const replaced = new Map<LineSentence, LineSentence>();
  for (const { sentences, replacing } of renewed) if (replacing) for (let k = 0; k < Math.min(sentences.length, replacing.length); k++) replaced.set(sentences[k], replacing[k]);
  const { capitals: docCaps, changed } = documentCapitals(lines, memo);
  const wasComplete = completed.has(memo);
  completed.delete(memo);
  // Every tagging the last run left was checked against its capitals; a sentence keeps its cues unless one of its
  // capitalised words changed, so only those are looked at again, and only renewed sentences when none changed
  // (all of them after a run that did not finish).
  const checked = changed !== undefined && wasComplete ? changed : undefined;
  const untallied: LineSentence[] = [];
  const run: RunChanges = { retagged: [], retaggedLines: new Set(), madeTaggings: new Set(), olderTaggingChanged: false };
  const recue = (sentence: LineSentence, line: TaggedLine): void => {
    if (!sentence.chunks || !checked || isRenewed.has(sentence) || (checked.size > 0 && anyIn(sentence.capitalised, checked))) {
      const cues = cuesOf(sentence, docCaps);
      if (sentence.chunks?.cues !== cues) {
        sentence.chunks = tagSentence(sentence.words, cues, docCaps, earlierOf(sentence, replaced));
        run.retagged.push(sentence);
        run.retaggedLines.add(line);
        run.madeTaggings.add(sentence.chunks);
      }
    }
    // Tagged anew, or given the tagging of a line that went away before its votes were counted.
    if (sentence.chunks!.votes === undefined) untallied.push(sentence);
  };
  if (checked?.size === 0) for (const { line, sentences } of renewed) for (const sentence of sentences) recue(sentence, line);
  else for (const { line } of lines) for (const sentence of line.sentences) recue(sentence, line);
  const taggedNow = lines.map(({ line }) => line);
  applyVotes(taggedNow, memo, wasComplete ? untallied : undefined, wasComplete ? run : undefined, renewed);
  const outputs = currentOutputs(taggedNow, memo, wasComplete ? run : undefined);
  const tagged: TaggedText = { names: [], figures: [] };
  for (let k = 0; k < lines.length; k++) {
    const lineStart = lines[k].start;
    // Indexed loops: this runs for every chunk of the document on every keystroke.
    const { names, figures } = outputs[k];
    for (let i = 0; i < names.length; i++) tagged.names.push({ kind: names[i].kind, start: lineStart + names[i].start, end: lineStart + names[i].end });
    for (let i = 0; i < figures.length; i++) tagged.figures.push({ start: lineStart + figures[i].start, end: lineStart + figures[i].end, type: figures[i].type });
  }
  completed.add(memo);
  return tagged;
}
