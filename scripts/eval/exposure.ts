// Seen and unseen names: whether a span's surface form occurs as an entity in the corpus's training split, so that
// `npm run eval` shows how the engine does on names it could have memorised and on new ones.
import { trimTokenRange } from './align';
import type { ScoredSpan } from './scoring';
import { decodeChunks } from './readers/iob';

/** The two classes a gold or predicted name falls into. */
export const EXPOSURES = ['seen', 'unseen'] as const;
/** One class. */
export type Exposure = (typeof EXPOSURES)[number];

/** A span's surface form: the texts of its tokens [first, end), joined by one space, case kept. */
export function surfaceForm(words: (index: number) => string, first: number, end: number): string {
  const parts: string[] = [];
  for (let i = first; i < end; i++) parts.push(words(i));
  return parts.join(' ');
}

/** The surface forms of one sentence's entities of every type, edge-trimmed as gold spans are. */
function sentenceForms(words: readonly string[], tags: readonly string[]): string[] {
  const word = (i: number): string => words[i];
  return decodeChunks(tags).flatMap((chunk) => {
    const range = trimTokenRange(word, chunk.first, chunk.end);
    return range ? [surfaceForm(word, range.firstToken, range.endToken)] : [];
  });
}

/** The first column and the last column of a column-file line without its line break; undefined for a blank line. */
function firstAndLast(line: string): [string, string] | undefined {
  const text = line.trim();
  if (!text) return undefined;
  const first = text.search(/\s/);
  return first < 0 ? [text, 'O'] : [text.slice(0, first), text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t')) + 1)];
}

/** Calls `sentence` with the words (first column) and tags (last column) of each sentence of a column file that has
 *  a tag other than O. Lean on purpose: the default run reads the OntoNotes train split, 850,000 lines. */
function forEachTaggedSentence(content: string, sentence: (words: string[], tags: string[]) => void): void {
  let words: string[] = [];
  let tags: string[] = [];
  let tagged = false;
  const end = (): void => {
    if (tagged) sentence(words, tags);
    [words, tags, tagged] = [[], [], false];
  };
  for (let start = 0; start < content.length;) {
    const newline = content.indexOf('\n', start);
    const stop = newline < 0 ? content.length : newline;
    const columns = firstAndLast(content.slice(start, stop));
    if (!columns || columns[0] === '-DOCSTART-') end();
    else {
      words.push(columns[0]);
      tags.push(columns[1]);
      tagged ||= columns[1] !== 'O';
    }
    start = stop + 1;
  }
  end();
}

/** Every entity surface form (any type: CoNLL MISC, OntoNotes NORP, DATE… included) of a training column file. */
export function trainingSurfaceForms(content: string): Set<string> {
  const forms = new Set<string>();
  forEachTaggedSentence(content, (words, tags) => { for (const form of sentenceForms(words, tags)) forms.add(form); });
  return forms;
}

/** The class of a token span, by its own edge-trimmed surface form against the training forms. */
export function exposureOf(words: (index: number) => string, span: ScoredSpan, trainingForms: ReadonlySet<string>): Exposure {
  const range = trimTokenRange(words, span.start, span.end) ?? { firstToken: span.start, endToken: span.end };
  return trainingForms.has(surfaceForm(words, range.firstToken, range.endToken)) ? 'seen' : 'unseen';
}
