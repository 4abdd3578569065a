// Trains a tagger in memory (what `npm run train` writes to models/, and what `npm run eval -- --cross` uses without
// writing anything): the training documents of a task, the seeded perceptron, and the shipped file's text.
import { FIGURE_LABELS, NAME_LABELS } from '../../src/engine/tagger/labels';
import { loadModel, serialiseModel, type TaggerModel } from '../../src/engine/tagger/model';
import { readCorpus, type LabelledDocument, type Task } from './corpus';
import { buildGazetteer } from './gazetteer';
import { buildLexicon, SHIPPED_LEXICON } from './lexicon';
import { prepare, train, type Example } from './perceptron';
import { addVoteFeatures } from './stacking';

/** Which training splits a names model learns from. */
export type TrainingCorpus = 'conll' | 'ontonotes' | 'both';

/** How each task is trained and shipped. */
export const TASKS: Record<Task, { labels: readonly string[]; epochs: number; bits: number; stacked: boolean; members: number; constant: string; file: string; about: string }> = {
  names: { labels: NAME_LABELS, epochs: 12, bits: 18, stacked: true, members: 3, constant: 'NAMES_MODEL', file: 'namesModel.ts', about: 'name tagger' },
  figures: { labels: FIGURE_LABELS, epochs: 12, bits: 16, stacked: false, members: 1, constant: 'FIGURES_MODEL', file: 'figuresModel.ts', about: 'figure tagger' },
};

/** The shuffling seed of every training run, so the same corpora always give the same models. */
const SEED = 20251103;

/** The train-split documents of a task, CoNLL first then OntoNotes; `limit` > 0 keeps the first documents of each. */
export function trainingDocuments(task: Task, corpus: TrainingCorpus, limit = 0): LabelledDocument[] {
  const take = (docs: LabelledDocument[]): LabelledDocument[] => (limit > 0 ? docs.slice(0, limit) : docs);
  return [
    ...(corpus !== 'ontonotes' ? take(readCorpus('conll', 'train', task)) : []),
    ...(corpus !== 'conll' ? take(readCorpus('ontonotes', 'train', task)) : []),
  ];
}

/** Trains on the documents; names learn with out-of-fold gazetteers (each half sees names from the other half only)
 *  and keep the gazetteer of all of them. A stacked model also learns from the votes of a held-out first pass
 *  (stacking.ts). Returns the model before int8 quantisation. */
export function trainTagger(task: Task, docs: readonly LabelledDocument[], epochs: number, bits: number, log: (m: string) => void,
  lexicon: Map<string, string> = new Map(), stacked = TASKS[task].stacked, members = TASKS[task].members): TaggerModel {
  const { labels } = TASKS[task];
  const folds = [docs.filter((_, i) => i % 2 === 0), docs.filter((_, i) => i % 2 === 1)]
    .map((d) => (task === 'names' ? buildGazetteer(d) : new Map<string, string>()));
  const examples = prepare(docs, labels, bits, (d) => folds[1 - (d % 2)], lexicon);
  if (stacked) addVoteFeatures(examples, labels, bits, epochs, SEED, log);
  const model = trainEnsemble(examples, labels, bits, epochs, members, log);
  if (stacked) model.stacked = true;
  if (task === 'names') model.gazetteer = buildGazetteer(docs);
  if (lexicon.size) model.lexicon = lexicon;
  return model;
}

/** `members` perceptrons trained on the same examples in different orders (seeds), their weights averaged: a linear
 *  model's scores are linear in its weights, so this is the members' ensemble at the cost of one model when tagging. */
function trainEnsemble(examples: Example[], labels: readonly string[], bits: number, epochs: number, members: number, log: (m: string) => void): TaggerModel {
  const model = train(examples, labels, bits, epochs, SEED, log);
  for (let k = 1; k < members; k++) {
    log(`ensemble member ${k + 1}/${members}`);
    const other = train(examples, labels, bits, epochs, SEED + k, log);
    other.emission.forEach((w, i) => { model.emission[i] += w; });
    other.transition.forEach((w, i) => { model.transition[i] += w; });
  }
  if (members > 1) {
    model.emission.forEach((w, i) => { model.emission[i] = w / members; });
    model.transition.forEach((w, i) => { model.transition[i] = w / members; });
  }
  return model;
}

let lexicon: Map<string, string> | undefined;

/** The lexicon every shipped names model is trained with (built once per process). */
export function shippedLexicon(): Map<string, string> {
  lexicon ??= buildLexicon(SHIPPED_LEXICON);
  return lexicon;
}

/** A model as the engine gets it from models/: through the int8 serialised form. */
export function asShipped(model: TaggerModel): TaggerModel {
  return loadModel(serialiseModel(model));
}

/** A names model trained in memory on one corpus's train split alone, with the shipped settings, as shipped. */
export function trainNamesModelOn(corpus: 'conll' | 'ontonotes', log: (m: string) => void = () => {}): TaggerModel {
  const { epochs, bits } = TASKS.names;
  return asShipped(trainTagger('names', trainingDocuments('names', corpus), epochs, bits, log, shippedLexicon()));
}

/** The text of models/<file> for a trained model (what `npm run train` writes). */
export function modelFileSource(task: Task, corpus: TrainingCorpus, epochs: number, bits: number, model: TaggerModel): string {
  const spec = TASKS[task];
  const sources = corpus === 'both' ? 'CoNLL-2003 eng.train and OntoNotes nw train' : corpus === 'conll' ? 'CoNLL-2003 eng.train' : 'OntoNotes nw train';
  return `// Generated by \`npm run train\` (scripts/train): trained on ${sources}.\n` +
    `// Contains hashed int8 weights${task === 'names' ? ', a gazetteer of names from those training sets and a lexicon of names from outside them (scripts/train/lexicon.ts)' : ''}. Do not edit.\n` +
    `import type { SerialisedModel } from '../src/engine/tagger/model';\n\n` +
    `/** The shipped ${spec.about} model (${corpus}, ${epochs} epochs, 2^${bits} buckets). */\n` +
    `export const ${spec.constant}: SerialisedModel = ${JSON.stringify(serialiseModel(model))};\n`;
}
