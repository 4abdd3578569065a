// `npx tsx scripts/train/experiment.ts [--countries] [--people] [--wordnet] [--epochs N] [--bits B] [--unstacked]`: trains a
// names tagger in memory with the chosen lexicon sources (scripts/train/lexicon.ts) and prints the tagger's own exact
// F1 on both dev splits, overall and for seen / unseen names (whether the surface form is an entity of any type in that
// corpus's train split, as `npm run eval` decides). Nothing is written. How the lexicon's sources were chosen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainingSurfaceForms } from '../eval/exposure';
import { corpusDir } from '../shared.mjs';
import { chunksOf } from '../../src/engine/tagger/labels';
import { tagSentences } from '../../src/engine/tagger/index';
import type { TaggerModel } from '../../src/engine/tagger/model';
import { readCorpus, type LabelledDocument } from './corpus';
import { buildLexicon } from './lexicon';
import { asShipped, TASKS, trainingDocuments, trainTagger } from './trainTagger';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string): string | undefined => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const TRAIN_FILES = { conll: join('conll2003', 'eng.train'), ontonotes: join('ontonotes-nw', 'train.conll') };

const lexicon = buildLexicon({ countries: flag('countries'), people: flag('people'), wordnet: flag('wordnet') });
const started = Date.now();
const model = asShipped(trainTagger('names', trainingDocuments('names', 'both'), Number(option('epochs') ?? TASKS.names.epochs), Number(option('bits') ?? TASKS.names.bits), () => {}, lexicon, !flag('unstacked')));

/** Exact-chunk F1 overall, on seen and on unseen names, over [gold, predicted, correct] counts. */
function score(m: TaggerModel, dev: LabelledDocument[], seen: ReadonlySet<string>): string {
  const counts: Record<string, number[]> = { all: [0, 0, 0], seen: [0, 0, 0], unseen: [0, 0, 0] };
  for (const doc of dev) {
    const guesses = tagSentences(m, doc.map((s) => s.words));
    doc.forEach((s, k) => {
      const key = (ch: [number, number, string]): string => ch.join();
      const exposure = (ch: [number, number, string]): string => (seen.has(s.words.slice(ch[0], ch[1]).join(' ')) ? 'seen' : 'unseen');
      const gold = chunksOf(s.labels);
      const goldKeys = new Set(gold.map(key));
      for (const ch of gold) { counts.all[0]++; counts[exposure(ch)][0]++; }
      for (const ch of chunksOf(guesses[k])) {
        const hit = goldKeys.has(key(ch)) ? 1 : 0;
        for (const c of [counts.all, counts[exposure(ch)]]) { c[1]++; c[2] += hit; }
      }
    });
  }
  const f1 = ([g, p, ok]: number[]): string => ((200 * ok) / Math.max(1, g + p)).toFixed(2);
  return `F1 ${f1(counts.all)}  seen ${f1(counts.seen)}  unseen ${f1(counts.unseen)} (gold unseen ${counts.unseen[0]})`;
}

console.log(`sources: ${args.join(' ') || '(none)'}; lexicon ${lexicon.size} names; trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const corpus of ['conll', 'ontonotes'] as const) {
  const seen = trainingSurfaceForms(readFileSync(join(corpusDir(), TRAIN_FILES[corpus]), 'utf8'));
  console.log(`  ${corpus} dev: ${score(model, readCorpus(corpus, 'dev', 'names'), seen)}`);
}
