// The dev splits `npm run eval` knows: how to load each and how to score it.
import type { CorpusName } from './args';
import type { EvalCorpus, Predictions } from './model';
import type { CorpusReport } from './report';
import { DATE_LABEL, FIGURE_LABELS, NAME_LABELS } from './labels';
import { evaluateTokenCorpus } from './evaluateTokens';
import { evaluateTimexCorpus } from './evaluateTimex';
import { loadConll2003Dev } from './readers/conll2003';
import { loadOntonotesDev } from './readers/ontonotes';
import { loadTimemlDev } from './readers/timeml';
import { evaluateMeantime, loadMeantime } from './readers/meantime';

/** How to load and score one corpus. */
export interface CorpusSpec {
  load(corpusDir: string): EvalCorpus;
  evaluate(corpus: EvalCorpus, predictions: Predictions): CorpusReport;
}

/** Names, also split into seen / unseen in training where the corpus has a training split. */
const NAMES = { name: 'names', labels: NAME_LABELS, byExposure: true };
const FIGURES = { name: 'figures', labels: FIGURE_LABELS };
/** OntoNotes DATE and TIME against any date mention, exact span: extra information, not a judged figure. */
const DATES = { name: 'dates', labels: [DATE_LABEL] };

/** Every corpus by its `--corpus` name. */
export const CORPORA: Record<CorpusName, CorpusSpec> = {
  conll: { load: loadConll2003Dev, evaluate: (c, p) => evaluateTokenCorpus(c, p, [NAMES]) },
  ontonotes: { load: loadOntonotesDev, evaluate: (c, p) => evaluateTokenCorpus(c, p, [NAMES, FIGURES, DATES]) },
  timeml: { load: loadTimemlDev, evaluate: evaluateTimexCorpus },
  meantime: { load: loadMeantime, evaluate: evaluateMeantime },
};
