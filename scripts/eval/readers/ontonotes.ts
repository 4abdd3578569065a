// Reads OntoNotes newswire in CoNLL form (`token TAG`, IOB2, `-DOCSTART- id`) with gold names, figures, dates.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalCorpus } from '../model';
import { ontonotesLabel } from '../labels';
import { splitColumnFile, tokenDocument } from './tokenDocument';
import { trainingSurfaceForms } from '../exposure';

/** Parses OntoNotes content; document ids come from the -DOCSTART- lines. */
export function parseOntonotes(content: string, name = 'ontonotes.dev'): EvalCorpus {
  const seen = new Set<string>();
  const documents = splitColumnFile(content).map((doc, i) => {
    const sentences = doc.sentences.map((rows) => ({ tokens: rows.map((r) => r[0]), tags: rows.map((r) => r[r.length - 1]) }));
    let id = doc.header || `${name}#${i + 1}`;
    if (seen.has(id)) id = `${id}#${i + 1}`;
    seen.add(id);
    return tokenDocument(id, sentences, ontonotesLabel);
  });
  return { name, documents };
}

/** Loads the development split (dev.conll), with the entity surface forms of train.conll for the seen/unseen split. */
export function loadOntonotesDev(corpus: string): EvalCorpus {
  const dev = parseOntonotes(fs.readFileSync(path.join(corpus, 'ontonotes-nw', 'dev.conll'), 'utf8'));
  const trainingForms = trainingSurfaceForms(fs.readFileSync(path.join(corpus, 'ontonotes-nw', 'train.conll'), 'utf8'));
  return { ...dev, trainingForms, trainingSplit: 'OntoNotes nw train.conll' };
}
