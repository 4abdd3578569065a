// Tagging a whole text in one go (the CLI, `analyse` without an analyser) gives what the memo path gives on its first
// run, without holding every sentence's tokens, words and cues at once: a million-word file kept those of all its
// sentences until the last was tagged. Each line is tokenised once and only its tokens' offsets are kept (packed); each
// pass slices its sentence's words again from them, and a stacked model's first passes wait for the second in between.
import type { DocumentText } from '../text/lines';
import { Int32Stack } from '../text/int32Stack';
import { isCapitalised } from '../text/tokens';
import { addVotes, type DocumentVotes } from './documentVotes';
import { chunksOf, KIND_OF_TYPE } from './labels';
import { cuesOf, eachTaggerLine } from './taggedLines';
import { FirstPasses } from './firstPasses';
import { defaultModel, secondPass, sentenceVoteFeatures, tagSentence } from './sentencePasses';
import type { TaggedText } from './index';

/** The text's tagger sentences as token offsets into it: token t spans [starts[t], ends[t]), and sentence k holds the
 *  tokens from sentenceEnds[k - 1] (0 for the first) to sentenceEnds[k]. */
interface PackedSentences {
  starts: Int32Stack;
  ends: Int32Stack;
  sentenceEnds: Int32Stack;
}

/** Every line's tagger sentences, packed, and the document's mid-sentence capitals (the tagger's document cue). */
function packSentences(text: string, document: DocumentText): { packed: PackedSentences; capitals: Set<string> } {
  const packed: PackedSentences = { starts: new Int32Stack(), ends: new Int32Stack(), sentenceEnds: new Int32Stack() };
  const capitals = new Set<string>();
  eachTaggerLine(text, document, (lineStart, line) => {
    line.sentences.forEach((sentence, k) => {
      const sentenceStart = lineStart + line.starts[k];
      for (const token of sentence.tokens) {
        packed.starts.push(sentenceStart + token.start);
        packed.ends.push(sentenceStart + token.end);
      }
      packed.sentenceEnds.push(packed.starts.length);
      for (const word of sentence.midCapitals) capitals.add(word);
    });
  });
  return { packed, capitals };
}

/** Calls `visit` with each sentence's words (sliced from the text) and its first token's index. */
function eachSentence(text: string, packed: PackedSentences, visit: (words: string[], first: number) => void): void {
  for (let k = 0, first = 0; k < packed.sentenceEnds.length; k++) {
    const end = packed.sentenceEnds.at(k);
    const words: string[] = [];
    for (let t = first; t < end; t++) words.push(text.slice(packed.starts.at(t), packed.ends.at(t)));
    visit(words, first);
    first = end;
  }
}

/** Tags a text with the name and figure models, as `tagText` does with a new memo. */
export function tagTextOnce(text: string, document: DocumentText): TaggedText {
  const { packed, capitals } = packSentences(text, document);
  const tagged: TaggedText = { names: [], figures: [] };
  const model = defaultModel();
  const votes: DocumentVotes = new Map();
  const firstPasses = model.stacked ? new FirstPasses(packed.starts.length, model.labels.length, model.quantised?.scale) : undefined;
  const spanOf = (first: number, from: number, to: number) => ({ start: packed.starts.at(first + from), end: packed.ends.at(first + to - 1) });
  const addNames = (first: number, chunks: [number, number, string][]): void => {
    for (const [from, to, type] of chunks) tagged.names.push({ kind: KIND_OF_TYPE[type], ...spanOf(first, from, to) });
  };
  eachSentence(text, packed, (words, first) => {
    const capitalised = words.filter(isCapitalised).map((word) => word.toLowerCase());
    const tagging = tagSentence(words, cuesOf({ capitalised }, capitals), capitals);
    for (const [from, to, type] of tagging.figures) tagged.figures.push({ ...spanOf(first, from, to), type });
    if (!firstPasses) return addNames(first, tagging.names);
    addVotes(votes, words, tagging.first.labels);
    firstPasses.set(first, tagging.first);
  });
  if (!firstPasses) return tagged;
  eachSentence(text, packed, (words, first) => {
    const firstPass = firstPasses.get(first, words.length);
    addNames(first, chunksOf(secondPass(model, words, firstPass, sentenceVoteFeatures(words, firstPass, votes)).map((y) => model.labels[y])));
  });
  return tagged;
}
