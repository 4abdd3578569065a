// The cross-corpus check (`npm run eval -- --cross`): each corpus's dev names found by the whole engine, in process,
// with its names model replaced by one trained in memory on the OTHER corpus's train split alone (models/ untouched),
// and scored like the headline names: how the engine does on news whose names and habits it never trained on.
import { defaultModel } from '../../src/engine/tagger/index';
import type { TaggerModel } from '../../src/engine/tagger/model';
import { trainNamesModelOn } from '../train/trainTagger';
import type { CorpusName } from './args';
import { scoreGroup, UNTRIMMED_ROW } from './evaluateTokens';
import { NAME_LABELS } from './labels';
import type { EvalCorpus } from './model';
import type { CorpusReport } from './report';
import { annotateInProcess } from './runEngine';

/** The corpus whose train split the cross model of each token corpus learns from, and how tables name it. */
export const CROSS_TRAINING: Partial<Record<CorpusName, { corpus: 'conll' | 'ontonotes'; split: string }>> = {
  conll: { corpus: 'ontonotes', split: 'OntoNotes nw train.conll' },
  ontonotes: { corpus: 'conll', split: 'CoNLL-2003 eng.train' },
};

/** What one cross run cost, in seconds. */
export interface CrossTiming {
  train: number;
  annotate: number;
}

/** Runs `work` with the engine's names model replaced by `model` (the engine decodes with the object `defaultModel`
 *  returns, so its fields are swapped), then puts the shipped model back. */
export async function withNamesModel<T>(model: TaggerModel, work: () => Promise<T>): Promise<T> {
  const engineModel = defaultModel();
  const shipped: TaggerModel = { ...engineModel };
  becomes(engineModel, model);
  try {
    return await work();
  } finally {
    becomes(engineModel, shipped);
  }
}

/** Gives `target` exactly the fields of `source`: one the source lacks (a model's int8 weights, "stacked") goes too. */
function becomes(target: TaggerModel, source: TaggerModel): void {
  for (const key of Object.keys(target) as (keyof TaggerModel)[]) if (!(key in source)) delete target[key];
  Object.assign(target, source);
}

const secondsSince = (start: number): number => (performance.now() - start) / 1000;

/** Trains the other corpus's names model, runs the engine with it over `corpus` and scores the names: headline keys
 *  `<corpus>.names.cross.micro`, `.person`, …, against edge-trimmed gold like the headline. */
export async function crossCorpusReport(name: CorpusName, corpus: EvalCorpus): Promise<{ report: CorpusReport; timing: CrossTiming }> {
  const training = CROSS_TRAINING[name];
  if (!training) throw new Error(`No cross-corpus check for ${name}.`);
  const started = performance.now();
  const model = trainNamesModelOn(training.corpus);
  const train = secondsSince(started);
  const annotating = performance.now();
  const { predictions } = await withNamesModel(model, () => annotateInProcess(corpus.documents));
  const annotate = secondsSince(annotating);
  const report = scoreGroup({ name: corpus.name, documents: corpus.documents }, predictions, { name: 'names.cross', labels: NAME_LABELS });
  const title = `${corpus.name} names, cross-corpus: the engine with a names model trained on ${training.split} alone (exact span, exact type)`;
  const tables = report.tables.map((t) => ({ title, rows: t.rows.filter((r) => r.label !== UNTRIMMED_ROW) }));
  const headline = Object.fromEntries(Object.entries(report.headline).filter(([key]) => !key.endsWith('.microUntrimmedGold')));
  return { report: { name: corpus.name, tables, headline, errors: [] }, timing: { train, annotate } };
}
