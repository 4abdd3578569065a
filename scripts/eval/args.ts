// Command-line flags of `npm run eval`.

/** The corpora `--corpus` accepts. */
export const CORPUS_NAMES = ['conll', 'ontonotes', 'timeml', 'meantime'] as const;
/** One corpus name. */
export type CorpusName = (typeof CORPUS_NAMES)[number];

/** Parsed options. */
export interface EvalOptions {
  corpora: CorpusName[];
  limit?: number;
  jsonOnly: boolean;
  errorsFile?: string;
  inProcess: boolean;
  jobs: number;
  /** Also run the cross-corpus check (names models trained in memory on the other corpus alone; slow). */
  cross: boolean;
  /** Also measure the draft checks on the CoNLL and OntoNotes dev articles (scripts/eval/checks.ts). */
  checks: boolean;
  help: boolean;
}

/** Usage text. */
export const USAGE = `npm run eval -- [--corpus conll|ontonotes|timeml|meantime|all] [--limit N] [--json] [--errors FILE] [--in-process] [--jobs N] [--cross] [--checks]
  --corpus      which dev split(s) to score (repeatable or comma-separated; default all)
  --limit N     only the first N documents of each corpus
  --json        print only the final JSON line
  --errors FILE write false positives/negatives and wrong values, with context
  --in-process  call analyse() directly instead of spawning dist/cli.js annotate --jsonl
  --jobs N      CLI processes in parallel (default: 2)
  --cross       also score CoNLL and OntoNotes dev names with names models trained in memory on the other corpus alone
  --checks      also measure the draft checks: findings per 1,000 words on the CoNLL and OntoNotes dev articles as
                published, and recall on planted mistakes (the same as npx tsx scripts/eval/checks.ts)`;

/** Bad usage of the command line (exit code 2), as opposed to a failure while evaluating. */
export class UsageError extends Error {}

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a positive whole number.`);
  return n;
}

function corporaOf(value: string | undefined): CorpusName[] {
  if (!value) throw new UsageError('--corpus needs a name.');
  const names = value.split(',').map((s) => s.trim());
  if (names.includes('all')) return [...CORPUS_NAMES];
  for (const name of names) if (!(CORPUS_NAMES as readonly string[]).includes(name)) throw new UsageError(`Unknown corpus "${name}".`);
  return names as CorpusName[];
}

/** Parses argv (without node and script); throws with a readable message on bad usage. */
export function parseArgs(argv: readonly string[]): EvalOptions {
  const options: EvalOptions = { corpora: [], jsonOnly: false, inProcess: false, jobs: 2, cross: false, checks: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--corpus') options.corpora.push(...corporaOf(value()));
    else if (flag === '--limit') options.limit = positiveInteger(flag, value());
    else if (flag === '--jobs') options.jobs = positiveInteger(flag, value());
    else if (flag === '--errors') options.errorsFile = value() ?? '';
    else if (flag === '--json') options.jsonOnly = true;
    else if (flag === '--in-process') options.inProcess = true;
    else if (flag === '--cross') options.cross = true;
    else if (flag === '--checks') options.checks = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new UsageError(`Unknown option ${argv[i]}.`);
  }
  if (options.errorsFile === '') throw new UsageError('--errors needs a file name.');
  if (!options.corpora.length) options.corpora = [...CORPUS_NAMES];
  options.corpora = [...new Set(options.corpora)];
  return options;
}
