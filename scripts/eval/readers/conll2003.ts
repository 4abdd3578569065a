// Reads CoNLL-2003 (`token POS chunk NER`, IOB1) into documents with rebuilt text and gold names.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalCorpus } from '../model';
import { conllLabel } from '../labels';
import { splitColumnFile, tokenDocument } from './tokenDocument';
import { trainingSurfaceForms } from '../exposure';

/** Parses CoNLL-2003 content; documents are numbered in file order ("conll2003.dev#12"). */
export function parseConll2003(content: string, name = 'conll2003.dev'): EvalCorpus {
  const documents = splitColumnFile(content).map((doc, i) => {
    const sentences = doc.sentences.map((rows) => ({ tokens: rows.map((r) => r[0]), tags: rows.map((r) => r[r.length - 1]) }));
    return tokenDocument(`${name}#${i + 1}`, sentences, conllLabel);
  });
  return { name, documents };
}

/** Loads the dev split (eng.testa), with the entity surface forms of eng.train for the seen/unseen split. */
export function loadConll2003Dev(corpus: string): EvalCorpus {
  const dev = parseConll2003(fs.readFileSync(path.join(corpus, 'conll2003', 'eng.testa'), 'utf8'));
  const trainingForms = trainingSurfaceForms(fs.readFileSync(path.join(corpus, 'conll2003', 'eng.train'), 'utf8'));
  return { ...dev, trainingForms, trainingSplit: 'CoNLL-2003 eng.train' };
}
