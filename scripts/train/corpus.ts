// Reads CoNLL-2003 and OntoNotes token files into documents of sentences with our BIO labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../shared.mjs';

/** One sentence: words and BIO labels over the task's types. */
export interface LabelledSentence { words: string[]; labels: string[] }
/** One document: its sentences. */
export type LabelledDocument = LabelledSentence[];

/** What each tagger learns: the corpus tags it maps onto its own types (other tags are O). */
export type Task = 'names' | 'figures';

const TYPES: Record<Task, Record<'conll' | 'ontonotes', Record<string, string>>> = {
  names: {
    conll: { PER: 'PER', ORG: 'ORG', LOC: 'LOC' },
    ontonotes: { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' },
  },
  figures: {
    conll: {},
    ontonotes: { MONEY: 'MONEY', PERCENT: 'PERCENT', QUANTITY: 'QUANTITY', CARDINAL: 'CARDINAL', ORDINAL: 'ORDINAL', DATE: 'DATE', TIME: 'TIME' },
  },
};

/** Reads a corpus file; `corpus` picks the column layout, `task` the label mapping. */
export function readCorpus(corpus: 'conll' | 'ontonotes', split: 'train' | 'dev', task: Task = 'names'): LabelledDocument[] {
  const file = corpus === 'conll' ? join('conll2003', split === 'train' ? 'eng.train' : 'eng.testa')
    : join('ontonotes-nw', split === 'train' ? 'train.conll' : 'dev.conll');
  const types = TYPES[task][corpus];
  const docs: LabelledDocument[] = [];
  let doc: LabelledDocument = [];
  let sentence: LabelledSentence = { words: [], labels: [] };
  const endSentence = (): void => { if (sentence.words.length) doc.push(toBio(sentence, types)); sentence = { words: [], labels: [] }; };
  for (const line of readFileSync(join(corpusDir(), file), 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') { endSentence(); if (doc.length) docs.push(doc); doc = []; continue; }
    if (cols[0] === '') { endSentence(); continue; }
    sentence.words.push(cols[0]);
    sentence.labels.push(cols[cols.length - 1]);
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/** IOB1/IOB2 raw tags → IOB2 over the task's types (others → O). */
function toBio(sentence: LabelledSentence, types: Record<string, string>): LabelledSentence {
  let previous = 'O';
  const labels = sentence.labels.map((raw) => {
    const type = raw === 'O' ? undefined : types[raw.slice(2)];
    if (!type) { previous = 'O'; return 'O'; }
    const begins = raw.startsWith('B-') || previous !== raw.slice(2);
    previous = raw.slice(2);
    return `${begins ? 'B' : 'I'}-${type}`;
  });
  return { words: sentence.words, labels };
}
