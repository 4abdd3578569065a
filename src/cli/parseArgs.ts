// Turns argv into one command, or a UsageError the CLI answers with exit code 2.
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../format';
import { isCalendarDate } from './calendarDate';

/** What the user asked for. */
export type CliCommand =
  | { command: 'help'; topic: 'main' | 'annotate' }
  | { command: 'version' }
  | { command: 'annotate'; files: string[]; jsonl: boolean; format: ReportFormat; articleDate?: string; corrections?: CorrectionsOption };

/** `--corrections FILE` (that file for every article) or `--no-corrections` (none, not even one found beside the files). */
export type CorrectionsOption = { file: string } | { none: true };

/** Bad usage: an unknown command or option, a missing FILE, a bad --date or --format. */
export class UsageError extends Error {}

/** Parses the arguments after `node cli.js`. Throws UsageError. */
export function parseArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', topic: rest[0] === 'annotate' ? 'annotate' : 'main' };
  if (first === '--version' || first === '-v' || first === '-V') return { command: 'version' };
  if (first === 'annotate') return parseAnnotate(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  throw new UsageError(`unknown command '${first}'`);
}

interface AnnotateOptions {
  files: string[];
  jsonl: boolean;
  format?: string;
  date?: string;
  corrections?: string;
  noCorrections?: boolean;
}

function parseAnnotate(args: readonly string[]): CliCommand {
  const options: AnnotateOptions = { files: [], jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { command: 'help', topic: 'annotate' };
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--no-corrections') options.noCorrections = true;
    else if (/^--(date|format|corrections)(=|$)/.test(arg)) i += takeValue(options, args, i);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`);
    else options.files.push(arg);
  }
  return checkAnnotate(options);
}

/** Stores the value of `--date`/`--format`/`--corrections` (inline `=value` or the next argument); returns how many extra args it used. */
function takeValue(options: AnnotateOptions, args: readonly string[], index: number): number {
  const arg = args[index];
  const equals = arg.indexOf('=');
  const name = (equals >= 0 ? arg.slice(2, equals) : arg.slice(2)) as 'date' | 'format' | 'corrections';
  const value = equals >= 0 ? arg.slice(equals + 1) : args[index + 1];
  if (value === undefined || (name === 'corrections' && value === '')) throw new UsageError(`--${name} needs a value`);
  if (options[name] !== undefined) throw new UsageError(`--${name} given twice`);
  options[name] = value;
  return equals >= 0 ? 0 : 1;
}

function checkAnnotate(options: AnnotateOptions): CliCommand {
  const { files, jsonl, format = 'text', date } = options;
  if (date !== undefined && !isCalendarDate(date)) throw new UsageError(`invalid --date '${date}': expected a calendar date YYYY-MM-DD`);
  if (!isReportFormat(format)) throw new UsageError(`invalid --format '${format}': expected one of ${REPORT_FORMATS.join(', ')}`);
  if (jsonl && files.length > 0) throw new UsageError('--jsonl reads articles from stdin: give no FILE with it');
  if (jsonl && options.format !== undefined) throw new UsageError('--format does not apply to --jsonl, which always writes JSON lines');
  if (!jsonl && files.length === 0) throw new UsageError('missing FILE to annotate');
  if (options.corrections !== undefined && options.noCorrections) throw new UsageError('--corrections and --no-corrections contradict each other: give one');
  const corrections = options.corrections !== undefined ? { corrections: { file: options.corrections } } : options.noCorrections ? { corrections: { none: true as const } } : {};
  return { command: 'annotate', files, jsonl, format, ...(date !== undefined ? { articleDate: date } : {}), ...corrections };
}
