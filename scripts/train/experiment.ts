// `npx tsx scripts/train/experiment.ts [--misc] [--cities N] [--countries] [--people] [--wordnet] [--clusters MINCOUNT]
// [--layout] [--epochs N]`:
// trains a names tagger in memory with the given levers and prints tagger-only exact F1 on both dev splits, overall
// and for seen / unseen names (surface form an entity of that corpus's train split or not). Nothing is written.
import { EXPERIMENT } from '../../src/engine/tagger/features';
import { chunksOf } from '../../src/engine/tagger/labels';
import { tagSentences } from '../../src/engine/tagger/index';
import type { TaggerModel } from '../../src/engine/tagger/model';
import { readCorpus, type LabelledDocument } from './corpus';
import { induceClusters } from './clusters';
import { buildLexicon } from './lexicon';
import { asShipped, TASKS, trainTagger } from './trainTagger';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string): string | undefined => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const KINDS = new Set(['PER', 'ORG', 'LOC']);

const misc = flag('misc');
EXPERIMENT.context = flag('context');
EXPERIMENT.wide = flag('wide');
const lexicon = buildLexicon({ cities: option('cities') === undefined ? undefined : Number(option('cities')), countries: flag('countries'), people: flag('people'), wordnet: flag('wordnet') });
const docs = [...readCorpus('conll', 'train', 'names', misc), ...readCorpus('ontonotes', 'train', 'names', misc)];
const labels = misc ? ['O', ...['PER', 'ORG', 'LOC', 'MISC'].flatMap((t) => [`B-${t}`, `I-${t}`])] : TASKS.names.labels;
const started = Date.now();
const clusterCount = option('clusters');
const clusters = clusterCount === undefined ? new Map<string, string>()
  : induceClusters(docs.flatMap((d) => d.map((s) => s.words)), { minCount: Number(clusterCount), depth: Number(option('depth') ?? 3), branching: Number(option('branching') ?? 8) });
const clusterSeconds = (Date.now() - started) / 1000;
const model = asShipped(trainTagger('names', docs, Number(option('epochs') ?? TASKS.names.epochs), TASKS.names.bits, () => {}, labels, { lexicon, clusters, layout: flag('layout'), dropout: Number(option('dropout') ?? 0) }));

function surfaceForms(corpus: 'conll' | 'ontonotes'): Set<string> {
  const forms = new Set<string>();
  for (const doc of readCorpus(corpus, 'train', 'names', true)) for (const s of doc) for (const [a, b] of chunksOf(s.labels)) forms.add(s.words.slice(a, b).join(' '));
  return forms;
}

function score(m: TaggerModel, dev: LabelledDocument[], seen: Set<string>): string {
  const c = { all: [0, 0, 0], seen: [0, 0, 0], unseen: [0, 0, 0] } as Record<string, number[]>;
  for (const doc of dev) {
    const guesses = tagSentences(m, doc.map((s) => s.words));
    doc.forEach((s, k) => {
      const key = (ch: [number, number, string]): string => ch.join();
      const cls = (ch: [number, number, string]): string => (seen.has(s.words.slice(ch[0], ch[1]).join(' ')) ? 'seen' : 'unseen');
      const gold = chunksOf(s.labels).filter((ch) => KINDS.has(ch[2]));
      const goldKeys = new Set(gold.map(key));
      for (const ch of gold) { c.all[0]++; c[cls(ch)][0]++; }
      for (const ch of chunksOf(guesses[k]).filter((x) => KINDS.has(x[2]))) {
        c.all[1]++; c[cls(ch)][1]++;
        if (goldKeys.has(key(ch))) { c.all[2]++; c[cls(ch)][2]++; }
      }
    });
  }
  const f1 = ([g, p, ok]: number[]): string => ((200 * ok) / Math.max(1, g + p)).toFixed(2);
  return `F1 ${f1(c.all)}  seen ${f1(c.seen)}  unseen ${f1(c.unseen)} (gold unseen ${c.unseen[0]})`;
}

console.log(`levers: ${args.join(' ') || '(none)'}; lexicon ${lexicon.size} names; ${clusters.size} clustered words (${clusterSeconds} s); trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const corpus of ['conll', 'ontonotes'] as const) console.log(`  ${corpus} dev: ${score(model, readCorpus(corpus, 'dev', 'names', true), surfaceForms(corpus))}`);
