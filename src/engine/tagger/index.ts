// Public API of the statistical taggers: names (person / organization / place) and figure spans, with offsets.
import type { NameMention } from '../names/nameMention';
import { documentText, type DocumentText } from '../text/lines';
import type { TextSpan } from '../types';
import { ArticleVotes } from './articleVotes';
import { documentVotes } from './documentVotes';
import { capitalisedInDocument, sentenceFeatureIds } from './features';
import { chunksOf, KIND_OF_TYPE } from './labels';
import type { TaggerModel } from './model';
import { cuesOf, documentCapitals, taggedLines, type LineSentence, type PlacedTaggedLine, type TaggerMemo } from './taggedLines';
import { defaultModel, firstPass, secondPass, sentenceVotes, tagSentence } from './sentencePasses';
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

/** The tagger memos whose last run checked every sentence's cues against the document's capitals. */
const cuesChecked = new WeakSet<TaggerMemo>();

/** The votes of each document (by its tagger memo), as its last run left them. */
const votesByMemo = new WeakMap<TaggerMemo, ArticleVotes>();

/** A stacked names model's second pass over every sentence whose vote features changed since its names were last
 *  decoded: on a keystroke, the sentences that share a word with the edited one, at most. */
function applyVotes(lines: readonly PlacedTaggedLine[], memo: TaggerMemo): void {
  const model = defaultModel();
  if (!model.stacked) return;
  let article = votesByMemo.get(memo);
  if (!article) votesByMemo.set(memo, (article = new ArticleVotes()));
  const sentences: LineSentence[] = lines.flatMap(({ line }) => line.sentences);
  const changed = article.update(sentences);
  for (const sentence of sentences) {
    const tagging = sentence.chunks!;
    if (tagging.votes !== undefined && (changed.size === 0 || !anyIn(sentence.capitalised, changed))) continue;
    const { features, cue } = sentenceVotes(sentence.words, tagging.first, article.votes);
    if (tagging.votes === cue) continue;
    tagging.votes = cue;
    tagging.names = chunksOf(secondPass(model, sentence.words, tagging.first, features).map((y) => model.labels[y]));
  }
}

/** Tags a text with the name and figure models. An incremental analyser passes the text's lines (`documentText`) and
 *  its memo: lines seen in the last run are not tokenised again, sentences whose words and document cues are unchanged
 *  are not tagged again. Without a memo nothing is kept for a next run (tagOnce.ts), and the answer is the same. */
export function tagText(text: string, document: DocumentText = documentText(text), memo?: TaggerMemo): TaggedText {
  return memo ? tagTextWithMemo(text, document, memo) : tagTextOnce(text, document);
}

function tagTextWithMemo(text: string, document: DocumentText, memo: TaggerMemo): TaggedText {
  const lines = taggedLines(text, document, memo);
  const { capitals: docCaps, changed } = documentCapitals(lines, memo);
  const tagged: TaggedText = { names: [], figures: [] };
  // Every tagging the last run left was checked against its capitals; a sentence keeps its cues unless one of its
  // capitalised words changed, so only those are looked at again (all of them after a run that did not finish).
  const checked = changed !== undefined && cuesChecked.has(memo) ? changed : undefined;
  cuesChecked.delete(memo);
  for (const { line } of lines) {
    for (const sentence of line.sentences) {
      if (sentence.chunks && checked && (checked.size === 0 || !anyIn(sentence.capitalised, checked))) continue;
      const cues = cuesOf(sentence, docCaps);
      if (sentence.chunks?.cues !== cues) sentence.chunks = tagSentence(sentence.words, cues, docCaps);
    }
  }
  cuesChecked.add(memo);
  applyVotes(lines, memo);
  for (const { start: lineStart, line } of lines) {
    for (const sentence of line.sentences) {
      const { tokens } = sentence;
      const { names, figures } = sentence.chunks!;
      // Indexed loops, not destructuring iterators: this runs for every chunk of the document on every keystroke.
      for (let c = 0; c < names.length; c++) {
        const chunk = names[c];
        tagged.names.push({ kind: KIND_OF_TYPE[chunk[2]], start: lineStart + tokens[chunk[0]].start, end: lineStart + tokens[chunk[1] - 1].end });
      }
      for (let c = 0; c < figures.length; c++) {
        const chunk = figures[c];
        tagged.figures.push({ start: lineStart + tokens[chunk[0]].start, end: lineStart + tokens[chunk[1] - 1].end, type: chunk[2] });
      }
    }
  }
  return tagged;
}
