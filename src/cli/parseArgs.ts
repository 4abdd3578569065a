// Turns argv into one command, or a UsageError the CLI answers with exit code 2.
import type { CheckSettings } from '../engine/checks';
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../format';
import { isCalendarDate } from './calendarDate';
import { checkFormatOf, checkSettingsOf, failOnOf, type CheckFormat, type FailOn } from './checkOptions';
import { maxCharactersOf, runOptionsOf, type RunOptions } from './runOptions';
import { UsageError } from './usageError';

export { UsageError } from './usageError';

/** The commands that have their own help. */
export type HelpTopic = 'main' | 'annotate' | 'check' | 'index';

const HELP_TOPICS: readonly string[] = ['annotate', 'check', 'index'];

/** What the user asked for. */
export type CliCommand =
  | { command: 'help'; topic: HelpTopic }
  | { command: 'version' }
  | ({ command: 'annotate'; files: string[]; jsonl: boolean; format: ReportFormat; articleDate?: string; corrections?: CorrectionsOption } & RunOptions)
  | CheckCommand
  | IndexCommand;

/** `newslens index DIR`: the folder to walk, where to write its entries, and the largest article it reads. */
export interface IndexCommand extends RunOptions {
  command: 'index';
  folder: string;
  /** `--out FILE`; without it the entries go to stdout. */
  out?: string;
  maxCharacters: number;
  corrections?: CorrectionsOption;
}

/** The articles `newslens index` reads, by default: the editor's own limit (`newsLens.maxCharacters`). */
export const INDEX_MAX_CHARACTERS = 200_000;

/** `newslens check`: the files (or --jsonl), how to print the findings, what fails the run, and the rule switches. */
export interface CheckCommand extends RunOptions {
  command: 'check';
  files: string[];
  jsonl: boolean;
  format: CheckFormat;
  articleDate?: string;
  corrections?: CorrectionsOption;
  failOn?: FailOn;
  settings: CheckSettings;
}

/** `--corrections FILE` (that file for every article) or `--no-corrections` (none, not even one found beside the files). */
export type CorrectionsOption = { file: string } | { none: true };

/** Parses the arguments after `node cli.js`. Throws UsageError. */
export function parseArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', topic: HELP_TOPICS.includes(rest[0]) ? rest[0] as HelpTopic : 'main' };
  if (first === '--version' || first === '-v' || first === '-V') return { command: 'version' };
  if (first === 'annotate') return parseAnnotate(rest);
  if (first === 'check') return parseCheck(rest);
  if (first === 'index') return parseIndex(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  throw new UsageError(`unknown command '${first}'`);
}

/** The options a command takes: flags, options with one value, and options that may be repeated (their values kept in order). */
interface OptionSpec {
  flags: readonly string[];
  values: readonly string[];
  lists: readonly string[];
}

/** A command line read against its OptionSpec, before its values are checked. */
interface ReadOptions {
  files: string[];
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
}

const RUN_FLAGS = ['progress', 'quiet'];
const ANNOTATE_OPTIONS: OptionSpec = { flags: ['jsonl', 'no-corrections', ...RUN_FLAGS], values: ['date', 'format', 'corrections', 'jobs'], lists: [] };
const CHECK_OPTIONS: OptionSpec = {
  flags: ['jsonl', 'no-corrections', ...RUN_FLAGS],
  values: ['date', 'format', 'corrections', 'fail-on', 'numerals', 'jobs'],
  lists: ['enable', 'disable'],
};
const INDEX_OPTIONS: OptionSpec = { flags: ['no-corrections', ...RUN_FLAGS], values: ['out', 'corrections', 'jobs', 'max-characters'], lists: [] };

/** Reads a command's arguments in order: `--` ends the options, --help anywhere before an unknown option is help. */
function readOptions(args: readonly string[], spec: OptionSpec): ReadOptions | 'help' {
  const read: ReadOptions = { files: [], flags: new Set(), values: new Map(), lists: new Map() };
  const takesValue = new RegExp(`^--(${[...spec.values, ...spec.lists].join('|')})(=|$)`);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      read.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg.startsWith('--') && spec.flags.includes(arg.slice(2))) read.flags.add(arg.slice(2));
    else if (takesValue.test(arg)) i += takeValue(read, spec, args, i);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`);
    else read.files.push(arg);
  }
  return read;
}

/** Stores the value of an option (inline `=value` or the next argument); returns how many extra args it used. */
function takeValue(read: ReadOptions, spec: OptionSpec, args: readonly string[], index: number): number {
  const arg = args[index];
  const equals = arg.indexOf('=');
  const name = equals >= 0 ? arg.slice(2, equals) : arg.slice(2);
  const value = equals >= 0 ? arg.slice(equals + 1) : args[index + 1];
  if (value === undefined || ((name === 'corrections' || name === 'out' || spec.lists.includes(name)) && value === '')) throw new UsageError(`--${name} needs a value`);
  if (spec.lists.includes(name)) read.lists.set(name, [...(read.lists.get(name) ?? []), value]);
  else if (read.values.has(name)) throw new UsageError(`--${name} given twice`);
  else read.values.set(name, value);
  return equals >= 0 ? 0 : 1;
}

/** `--date`, checked first, as annotate always did. */
function articleDateOf(read: ReadOptions): { articleDate?: string } {
  const date = read.values.get('date');
  if (date !== undefined && !isCalendarDate(date)) throw new UsageError(`invalid --date '${date}': expected a calendar date YYYY-MM-DD`);
  return date !== undefined ? { articleDate: date } : {};
}

/** What annotate and check share after their --format: the files or --jsonl, and the corrections, checked the same way. */
function inputsOf(read: ReadOptions, verb: 'annotate' | 'check'): { files: string[]; jsonl: boolean; corrections?: CorrectionsOption } {
  const { files } = read;
  const jsonl = read.flags.has('jsonl');
  if (jsonl && files.length > 0) throw new UsageError('--jsonl reads articles from stdin: give no FILE with it');
  if (jsonl && read.values.has('format')) throw new UsageError('--format does not apply to --jsonl, which always writes JSON lines');
  if (!jsonl && files.length === 0) throw new UsageError(`missing FILE to ${verb}`);
  return { files, jsonl, ...correctionsOf(read) };
}

/** `--corrections FILE` or `--no-corrections`, as a key present only when one was given. */
function correctionsOf(read: ReadOptions): { corrections?: CorrectionsOption } {
  const file = read.values.get('corrections');
  const none = read.flags.has('no-corrections');
  if (file !== undefined && none) throw new UsageError('--corrections and --no-corrections contradict each other: give one');
  return file !== undefined ? { corrections: { file } } : none ? { corrections: { none: true } } : {};
}

function parseAnnotate(args: readonly string[]): CliCommand {
  const read = readOptions(args, ANNOTATE_OPTIONS);
  if (read === 'help') return { command: 'help', topic: 'annotate' };
  const articleDate = articleDateOf(read);
  const format = read.values.get('format') ?? 'text';
  if (!isReportFormat(format)) throw new UsageError(`invalid --format '${format}': expected one of ${REPORT_FORMATS.join(', ')}`);
  const { files, jsonl, ...corrections } = inputsOf(read, 'annotate');
  const run = runOptionsOf(read.values.get('jobs'), read.flags, jsonl ? undefined : '--jsonl only (files are annotated one after another)');
  return { command: 'annotate', files, jsonl, format, ...articleDate, ...corrections, ...run };
}

function parseCheck(args: readonly string[]): CliCommand {
  const read = readOptions(args, CHECK_OPTIONS);
  if (read === 'help') return { command: 'help', topic: 'check' };
  const articleDate = articleDateOf(read);
  const format = checkFormatOf(read.values.get('format'));
  const { files, jsonl, ...corrections } = inputsOf(read, 'check');
  const failOn = failOnOf(read.values.get('fail-on'));
  if (jsonl && failOn !== undefined) throw new UsageError('--fail-on does not apply to --jsonl, whose exit status says only whether every line could be checked');
  const settings = checkSettingsOf(read.lists.get('enable'), read.lists.get('disable'), read.values.get('numerals'));
  const run = runOptionsOf(read.values.get('jobs'), read.flags, jsonl ? undefined : '--jsonl only (files are checked one after another)');
  return { command: 'check', files, jsonl, format, ...articleDate, ...corrections, ...(failOn !== undefined ? { failOn } : {}), settings, ...run };
}

function parseIndex(args: readonly string[]): CliCommand {
  const read = readOptions(args, INDEX_OPTIONS);
  if (read === 'help') return { command: 'help', topic: 'index' };
  if (read.files.length === 0) throw new UsageError('missing DIR to index');
  if (read.files.length > 1) throw new UsageError(`index takes one DIR, not ${read.files.length} (give their common parent)`);
  const corrections = correctionsOf(read);
  const out = read.values.get('out');
  const maxCharacters = maxCharactersOf(read.values.get('max-characters'), INDEX_MAX_CHARACTERS);
  const run = runOptionsOf(read.values.get('jobs'), read.flags);
  return { command: 'index', folder: read.files[0], ...(out !== undefined ? { out } : {}), maxCharacters, ...corrections, ...run };
}
