import assert from 'node:assert/strict';
import { isCalendarDate } from '../../../src/cli/calendarDate';
import { parseArgs, UsageError } from '../../../src/cli/parseArgs';

describe('parseArgs', () => {
  it('reads files, --date and --format in both "--opt value" and "--opt=value" forms', () => {
    assert.deepEqual(parseArgs(['annotate', 'a.txt', '--date', '2025-11-03', 'b.txt', '--format=csv']),
      { command: 'annotate', files: ['a.txt', 'b.txt'], jsonl: false, format: 'csv', articleDate: '2025-11-03' });
    assert.deepEqual(parseArgs(['annotate', '--format', 'md', '--date=2024-02-29', 'a.txt']),
      { command: 'annotate', files: ['a.txt'], jsonl: false, format: 'md', articleDate: '2024-02-29' });
  });

  it('defaults to the text format and no article date', () => {
    assert.deepEqual(parseArgs(['annotate', 'a.txt']), { command: 'annotate', files: ['a.txt'], jsonl: false, format: 'text' });
  });

  it('takes everything after -- as files, even names starting with a dash', () => {
    assert.deepEqual(parseArgs(['annotate', '--', '-draft.txt']),
      { command: 'annotate', files: ['-draft.txt'], jsonl: false, format: 'text' });
  });

  it('recognises help and version wherever the user would type them', () => {
    assert.deepEqual(parseArgs(['--help']), { command: 'help', topic: 'main' });
    assert.deepEqual(parseArgs(['-h']), { command: 'help', topic: 'main' });
    assert.deepEqual(parseArgs(['annotate', 'x.txt', '--help']), { command: 'help', topic: 'annotate' });
    assert.deepEqual(parseArgs(['help', 'annotate']), { command: 'help', topic: 'annotate' });
    assert.deepEqual(parseArgs(['--version']), { command: 'version' });
  });

  it('accepts --jsonl alone or with a default --date', () => {
    assert.deepEqual(parseArgs(['annotate', '--jsonl']), { command: 'annotate', files: [], jsonl: true, format: 'text' });
    assert.equal((parseArgs(['annotate', '--jsonl', '--date', '2025-01-31']) as { articleDate?: string }).articleDate, '2025-01-31');
  });

  const badUsage: Array<[string, string[], RegExp]> = [
    ['no command', [], /missing command/],
    ['an unknown command', ['annotat', 'a.txt'], /unknown command 'annotat'/],
    ['an unknown option', ['annotate', '--colour', 'a.txt'], /unknown option '--colour'/],
    ['a missing FILE', ['annotate'], /missing FILE/],
    ['an impossible --date', ['annotate', '--date', '2025-13-40', 'a.txt'], /invalid --date '2025-13-40'/],
    ['a date in another format', ['annotate', '--date=03/11/2025', 'a.txt'], /invalid --date/],
    ['a --date without value', ['annotate', 'a.txt', '--date'], /--date needs a value/],
    ['an unknown --format', ['annotate', '--format', 'xml', 'a.txt'], /invalid --format 'xml'.*text, json, md, csv/],
    ['--format given twice', ['annotate', '--format', 'md', '--format=csv', 'a.txt'], /--format given twice/],
    ['--jsonl with files', ['annotate', '--jsonl', 'a.txt'], /give no FILE/],
    ['--jsonl with --format', ['annotate', '--jsonl', '--format', 'json'], /--format does not apply/],
  ];
  for (const [what, argv, message] of badUsage) {
    it(`refuses ${what} with a UsageError`, () => {
      assert.throws(() => parseArgs(argv), (error: unknown) => error instanceof UsageError && message.test(error.message));
    });
  }
});

describe('isCalendarDate', () => {
  it('accepts real dates, leap days included', () => {
    for (const date of ['2025-11-03', '2024-02-29', '2000-02-29', '1999-12-31']) assert.ok(isCalendarDate(date), date);
  });

  it('reads years 0001–0099 as written, not as 1901–1999, with their own leap years', () => {
    for (const date of ['0050-03-03', '0004-02-29', '0099-12-31']) assert.ok(isCalendarDate(date), date);
    for (const date of ['0001-02-29', '0100-02-29', '0000-01-01']) assert.ok(!isCalendarDate(date), date);
    assert.equal((parseArgs(['annotate', '--date', '0004-02-29', 'a.txt']) as { articleDate?: string }).articleDate, '0004-02-29');
  });

  it('refuses impossible or differently written dates', () => {
    for (const date of ['2025-13-40', '2025-02-29', '1900-02-29', '2025-11-3', '2025-11-03T00:00', ' 2025-11-03', '']) {
      assert.ok(!isCalendarDate(date), date);
    }
  });
});
