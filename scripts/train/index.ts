// `npm run train`: trains the taggers on the corpora's train splits and writes models/namesModel.ts and models/figuresModel.ts.
// Options: --task names|figures|all (default all), --corpus conll|ontonotes|both (names only; default both),
// --epochs N, --bits B, --limit docs, --no-write, --lexicon SOURCES (names: countries,people,wordnet or none). Seeded, so the same corpora always give the same models.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus, type Task } from './corpus';
import { evaluate } from './evaluate';
import { buildLexicon } from './lexicon';
import { asShipped, modelFileSource, shippedLexicon, TASKS, trainingDocuments, trainTagger, type TrainingCorpus } from './trainTagger';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const log = (m: string): void => console.log(`[train ${new Date().toISOString().slice(11, 19)}] ${m}`);
const limit = Number(option('limit', '0'));

/** `--lexicon countries,people,wordnet` (any of them, or `none`) picks the lexicon's sources; default the shipped ones. */
function lexiconOf(spec: string): Map<string, string> {
  if (!spec) return shippedLexicon();
  const parts = spec.split(',');
  return buildLexicon({ countries: parts.includes('countries'), people: parts.includes('people'), wordnet: parts.includes('wordnet') });
}

function trainTask(task: Task): void {
  const spec = TASKS[task];
  const corpus = (task === 'figures' ? 'ontonotes' : option('corpus', 'both')) as TrainingCorpus;
  const epochs = Number(option('epochs', String(spec.epochs))), bits = Number(option('bits', String(spec.bits)));
  const trainDocs = trainingDocuments(task, corpus, limit);
  log(`${task}: ${trainDocs.length} training documents (${corpus}), ${epochs} epochs, 2^${bits} buckets`);
  const model = trainTagger(task, trainDocs, epochs, bits, log, task === 'names' ? lexiconOf(option('lexicon', '')) : new Map());
  const shipped = asShipped(model);
  for (const name of task === 'names' ? (['conll', 'ontonotes'] as const) : (['ontonotes'] as const)) {
    const s = evaluate(shipped, readCorpus(name, 'dev', task));
    log(`${task} ${name} dev: P ${(s.p * 100).toFixed(2)} R ${(s.r * 100).toFixed(2)} F1 ${(s.f1 * 100).toFixed(2)} (gold ${s.gold})`);
  }
  if (args.includes('--no-write')) return;
  const out = join(__dirname, '..', '..', 'models', spec.file);
  writeFileSync(out, modelFileSource(task, corpus, epochs, bits, model));
  log(`wrote ${out}`);
}

const which = option('task', 'all');
for (const task of ['names', 'figures'] as const) if (which === 'all' || which === task) trainTask(task);
