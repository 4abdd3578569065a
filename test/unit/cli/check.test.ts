// `newslens check`: findings by FILE:LINE:COLUMN or as JSON, `--jsonl` in the exact contract shape, --fail-on, the
// rule switches, corrections, bad input and bad usage; and `annotate` printing exactly what it printed before.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { analyseWhole } from '../../../src/cli/analyseWhole';
import { checkFiles } from '../../../src/cli/checkFiles';
import { checkJsonlLine } from '../../../src/cli/checkJsonl';
import { failsRun } from '../../../src/cli/checkOptions';
import type { ContractFinding } from '../../../src/cli/checkText';
import { ANNOTATE_HELP, CHECK_HELP } from '../../../src/cli/helpText';
import { parseArgs, UsageError } from '../../../src/cli/parseArgs';
import { runCli } from '../../../src/cli/runCli';
import { CHECK_RULES, type LanguageTools } from '../../../src/engine/checks';
import { formatReports, toContractMention, type ReportFormat } from '../../../src/format';
import { runInProcess } from './runInProcess';

/** A draft with two planted mistakes: 4 March 2025 was a Tuesday, and "percent" among "%". */
const WEEKDAY = 'The vote is on Wednesday, March 4, 2025, the council said in a statement released to reporters.';
const PERCENT = 'Prices rose 5% in May, 3% in June and 2 percent in July, the agency said in its monthly report.';
const DRAFT = `Council to vote on budget\n\n${WEEKDAY}\n\n${PERCENT}\n`;
/** Nothing to find: no weekday, no percent, no number, no quotation. */
const CLEAN = 'The council met in Geneva and approved the budget after a long debate.\n';
/** Only a hint, and only with anonymous-source switched on. */
const ANONYMOUS = 'Officials said the plan would be dropped before the summer recess.\n';
/** Sophie Marchetti misspelt once: name-variant, unless a correction says the two are one. */
const VARIANT = 'Health Minister Sophie Marchetti met union leaders in Geneva to discuss the strike.\n\n'
  + 'Marchetti said the talks had been useful. Later, Marchetty told reporters the strike would end soon.\n';

const FINDING_KEYS = ['rule', 'start', 'end', 'text', 'message', 'severity', 'fixes'];
const parseLines = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
/** The text after a fix's edits. */
const applied = (text: string, fix: NonNullable<ContractFinding['fixes']>[number]): string =>
  [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

/** Checks the contract every finding keeps, whatever the engine finds: keys and their order, offsets, text. */
function assertFindingContract(finding: ContractFinding, input: string): void {
  const keys = Object.keys(finding);
  assert.deepEqual(keys, FINDING_KEYS.filter((key) => keys.includes(key)), `key order of ${JSON.stringify(finding)}`);
  assert.deepEqual(keys.slice(0, 6), FINDING_KEYS.slice(0, 6), 'every key but fixes is always there');
  assert.equal(finding.text, input.slice(finding.start, finding.end));
  assert.ok(finding.start < finding.end && finding.end <= input.length);
  assert.ok(CHECK_RULES.includes(finding.rule));
  assert.ok(['hint', 'information', 'warning'].includes(finding.severity));
  if (finding.fixes === undefined) return;
  assert.ok(finding.fixes.length > 0, 'fixes is left out rather than empty');
  for (const fix of finding.fixes) {
    assert.deepEqual(Object.keys(fix), ['title', 'edits']);
    for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ['start', 'end', 'newText']);
  }
}

describe('newslens check FILE...', () => {
  let folder: string;
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  before(() => { folder = mkdtempSync(join(tmpdir(), 'newslens-check-')); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('lists findings as FILE:LINE:COLUMN: severity rule: message, then a summary, and exits 0 whatever it found', async () => {
    const path = file('draft.news', DRAFT);
    const run = await runInProcess(['check', '--date', '2025-11-03', path]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(run.stdout.split('\n'), [
      `${path}:3:16: information weekday-date: 4 March 2025 is a Tuesday, not a Wednesday.`,
      `${path}:5:40: information percent-style: This draft writes "%" 2 times and "percent" here.`,
      'Checked 1 file: 2 findings (2 information).',
      '',
    ]);
  });

  it('counts columns in UTF-16 code units and lines across CRLF, from after a byte order mark', async () => {
    const path = file('crlf.news', `\uFEFFCouncil to vote\r\n\r\n😀𝒜 ${WEEKDAY}\r\n`);
    const run = await runInProcess(['check', path]);
    assert.match(run.stdout, new RegExp(`^${path.replace(/[.\\/]/g, '\\$&')}:3:21: information weekday-date: `));
  });

  it('prints one JSON array for the run: {file, articleDate, findings} per file, findings in the jsonl shape', async () => {
    const first = file('first.news', DRAFT);
    const second = file('second.news', CLEAN);
    const run = await runInProcess(['check', '--format', 'json', '--date', '2025-11-03', first, second]);
    assert.equal(run.code, 0, run.stderr);
    const reports = JSON.parse(run.stdout) as { file: string; articleDate: unknown; findings: ContractFinding[] }[];
    assert.deepEqual(reports.map((report) => report.file), [first, second]);
    for (const report of reports) assert.deepEqual(Object.keys(report), ['file', 'articleDate', 'findings']);
    assert.deepEqual(reports[0].articleDate, { value: '2025-11-03', source: 'option' });
    reports[0].findings.forEach((finding) => assertFindingContract(finding, DRAFT));
    assert.deepEqual(reports[0].findings.map((f) => [f.rule, f.text]), [['weekday-date', 'Wednesday'], ['percent-style', ' percent']]);
    const [weekday, percent] = reports[0].findings;
    assert.equal(applied(DRAFT, weekday.fixes![0]), DRAFT.replace('Wednesday', 'Tuesday'));
    assert.equal(applied(DRAFT, percent.fixes![0]), DRAFT.replace('2 percent', '2%'));
    assert.deepEqual(reports[1].findings, []);
    assert.ok(!run.stdout.includes('"related"'), 'related information is the editor\'s alone');
  });

  it('without --date takes the article date from the text, else the file\'s modification day', async () => {
    const run = await runInProcess(['check', '--format=json', file('dated.news', `Date: 2026-03-12\n${CLEAN}`)]);
    assert.deepEqual(JSON.parse(run.stdout)[0].articleDate, { value: '2026-03-12', source: 'date-line' });
  });

  it('reports a missing, a directory and a binary file on stderr, still checks the rest, and exits 1', async () => {
    const good = file('good.news', DRAFT);
    const binary = file('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const invalid = file('latin1.txt', Uint8Array.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]));
    const missing = join(folder, 'missing.news');
    const json = await runInProcess(['check', '--format', 'json', missing, folder, binary, invalid, good]);
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.stdout).map((report: { file: string }) => report.file), [good]);
    assert.deepEqual(json.stderr.trim().split('\n'), [
      `newslens: ${missing}: no such file`,
      `newslens: ${folder}: is a directory, not a file`,
      `newslens: ${binary}: binary file, not checked`,
      `newslens: ${invalid}: binary file, not checked (not valid UTF-8 text)`,
    ]);
    const text = await runInProcess(['check', missing, good]);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /\nChecked 1 of 2 files \(1 could not be checked\): 2 findings \(2 information\)\.\n$/);
    const none = await runInProcess(['check', '--format', 'json', missing]);
    assert.deepEqual([none.code, none.stdout], [1, '[]\n']);
  });

  it('says "no findings" for a clean draft, and checks an empty file without complaint', async () => {
    const run = await runInProcess(['check', file('clean.news', CLEAN), file('empty.news', '')]);
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, 'Checked 2 files: no findings.\n', '']);
  });

  it('--fail-on information fails on information findings, --fail-on warning only on warnings, and hints never fail', async () => {
    const draft = file('fail-on.news', DRAFT);
    const anonymous = file('anonymous.news', ANONYMOUS);
    const codes = async (...argv: string[]) => (await runInProcess(['check', ...argv])).code;
    assert.equal(await codes(draft), 0);
    assert.equal(await codes('--fail-on', 'information', draft), 1);
    assert.equal(await codes('--fail-on=information', file('clean-fail.news', CLEAN)), 0);
    assert.equal(await codes('--fail-on', 'warning', draft), 0, 'information findings are not warnings');
    const hint = await runInProcess(['check', '--enable', 'anonymous-source', '--fail-on', 'information', anonymous]);
    assert.match(hint.stdout, / hint anonymous-source: /);
    assert.equal(hint.code, 0, 'a hint never fails a run');
    // No rule is a warning by default; the threshold itself:
    assert.deepEqual(['hint', 'information', 'warning'].map((s) => failsRun(s as 'hint', 'warning')), [false, false, true]);
    assert.deepEqual(['hint', 'information', 'warning'].map((s) => failsRun(s as 'hint', 'information')), [false, true, true]);
    assert.deepEqual(['hint', 'information', 'warning'].map((s) => failsRun(s as 'hint', undefined)), [false, false, false]);
  });

  it('--disable and --enable switch rules, as a comma list or repeated; --numerals picks the house style', async () => {
    const draft = file('switches.news', DRAFT);
    const rules = async (...argv: string[]) => {
      const run = await runInProcess(['check', '--format', 'json', ...argv]);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout)[0].findings as ContractFinding[]).map((f) => f.rule);
    };
    assert.deepEqual(await rules(draft), ['weekday-date', 'percent-style']);
    assert.deepEqual(await rules('--disable', 'weekday-date', draft), ['percent-style']);
    assert.deepEqual(await rules('--disable=weekday-date,percent-style', draft), []);
    assert.deepEqual(await rules('--disable', 'weekday-date', '--disable', 'percent-style', draft), []);
    const anonymous = file('anonymous-switch.news', ANONYMOUS);
    assert.deepEqual(await rules(anonymous), [], 'anonymous-source is off by default');
    assert.deepEqual(await rules('--enable', 'anonymous-source', anonymous), ['anonymous-source']);
    const numbers = file('numbers.news', 'The council has 15 members and 4 committees, the clerk said in the report.\n');
    const numeralTexts = async (style: string) => {
      const run = await runInProcess(['check', '--format', 'json', '--numerals', style, numbers]);
      return (JSON.parse(run.stdout)[0].findings as ContractFinding[]).filter((f) => f.rule === 'numerals').map((f) => f.text);
    };
    assert.deepEqual(await numeralTexts('ap'), ['4']);
    assert.deepEqual(await numeralTexts('chicago'), ['15', '4']);
    assert.deepEqual(await numeralTexts('off'), []);
  });

  it('applies the .newslens.json nearest above a file, --corrections FILE, or none with --no-corrections', async () => {
    const path = file('desk/variant.news', VARIANT);
    const rules = async (...argv: string[]) => {
      const run = await runInProcess(['check', '--format', 'json', ...argv, path]);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout)[0].findings as ContractFinding[]).map((f) => f.rule);
    };
    assert.deepEqual(await rules(), ['name-variant'], 'the fixture needs name-variant to find "Marchetty"');
    const sameAs = JSON.stringify({ version: 1, corrections: [{ name: 'Marchetty', sameAs: 'Sophie Marchetti' }] });
    const elsewhere = file('elsewhere/fixes.json', sameAs);
    assert.deepEqual(await rules('--corrections', elsewhere), []);
    file('.newslens.json', sameAs);
    try {
      assert.deepEqual(await rules(), [], 'the .newslens.json above the folder applies');
      assert.deepEqual(await rules('--no-corrections'), ['name-variant']);
    } finally {
      rmSync(join(folder, '.newslens.json'));
    }
    const bad = file('bad/fixes.json', '{"version": 1, "corrections": [{"name": "Chelsea", "kind": "club"}]}');
    const run = await runInProcess(['check', '--corrections', bad, path]);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '', 'nothing is checked with half the corrections');
    assert.match(run.stderr, /^newslens: .*fixes\.json:1:\d+: /);
  });

  it('reports a rule that fails as a warning on stderr and still prints the other rules\' findings', async () => {
    const broken: LanguageTools = {
      numberInWords: () => { throw new Error('no numbers today'); },
      valueOfWords: () => { throw new Error('no numbers today'); },
      otherTense: () => { throw new Error('no tenses today'); },
      spansMatching: () => { throw new Error('no patterns today'); },
    };
    const path = file('broken.news', `${DRAFT}\nThe council has 15 members and 4 committees, the clerk said in the report.\n`);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => out.push(chunk));
    stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const code = await checkFiles({ files: [path], format: 'text', settings: {}, articleDate: '2025-11-03' }, broken, { stdin: Readable.from([]), stdout, stderr });
    assert.equal(code, 0);
    assert.match(Buffer.concat(out).toString('utf8'), /weekday-date: .*\n.*percent-style: /);
    const warnings = Buffer.concat(err).toString('utf8').split('\n').filter(Boolean);
    assert.ok(warnings.includes(`newslens: ${path}: warning: check 'numerals' failed and was skipped: Error: no numbers today`), warnings.join('\n'));
    assert.ok(warnings.every((warning) => warning.startsWith(`newslens: ${path}: warning: check '`)), warnings.join('\n'));
    const line = checkJsonlLine(JSON.stringify({ id: 1, text: `${WEEKDAY} It has 4 committees and a clerk who keeps the minutes.` }), { language: broken, settings: {} });
    assert.deepEqual(line.result.findings.map((f) => f.rule), ['weekday-date']);
    assert.equal(line.result.error, undefined);
    assert.ok(line.warnings.includes("check 'numerals' failed and was skipped: Error: no numbers today"), line.warnings.join('\n'));
  });
});

describe('newslens check --jsonl', () => {
  it('writes exactly one line per record, in order, in the contract shape, with text === input.slice(start, end)', async () => {
    const texts = [DRAFT, CLEAN, `😀🇨🇭 𝒜 ${WEEKDAY} ${PERCENT}`, '𝒜😀\r\n\r\n' + DRAFT, '', ANONYMOUS];
    const records = Array.from({ length: 30 }, (_, i) => ({ id: i % 2 === 0 ? `draft-${i}` : i, text: texts[i % texts.length] }));
    const run = await runInProcess(['check', '--jsonl', '--date', '2025-11-03'], records.map((record) => JSON.stringify(record)).join('\n'));
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = parseLines(run.stdout) as { id: unknown; findings: ContractFinding[] }[];
    assert.deepEqual(lines.map((line) => line.id), records.map((record) => record.id));
    let found = 0;
    lines.forEach((line, i) => {
      assert.deepEqual(Object.keys(line), ['id', 'findings']);
      for (const finding of line.findings) {
        assertFindingContract(finding, records[i].text);
        found++;
      }
    });
    assert.ok(found >= 20, `the drafts have findings to check (${found})`);
    // Past non-BMP characters the offsets still count UTF-16 units: the weekday is 9 units long and where the text has it.
    const astral = lines[2].findings.find((f) => f.rule === 'weekday-date');
    assert.deepEqual([astral?.start, astral?.text], [texts[2].indexOf('Wednesday'), 'Wednesday']);
    assert.deepEqual(lines[1].findings, []);
  });

  it('leaves "fixes" out of a finding that has none, and switches rules as for files', async () => {
    const input = JSON.stringify({ id: 'a', text: ANONYMOUS });
    const [plain] = parseLines((await runInProcess(['check', '--jsonl'], input)).stdout);
    assert.deepEqual(plain, { id: 'a', findings: [] });
    const [enabled] = parseLines((await runInProcess(['check', '--jsonl', '--enable', 'anonymous-source'], input)).stdout);
    assert.deepEqual(enabled.findings.map((f: ContractFinding) => [f.rule, f.severity, Object.keys(f)]),
      [['anonymous-source', 'hint', FINDING_KEYS.slice(0, 6)]]);
    const [disabled] = parseLines((await runInProcess(['check', '--jsonl', '--disable', 'weekday-date'], JSON.stringify({ id: 'b', text: WEEKDAY }))).stdout);
    assert.deepEqual(disabled, { id: 'b', findings: [] });
  });

  it('uses a line\'s "date", else --date, for a date written without its year', async () => {
    // 30 December is a Tuesday in 2025 and a Wednesday in 2026.
    const text = 'The ferry resumes on Wednesday, Dec. 30, the operator said in a statement on its website.';
    const input = [{ id: 1, text, date: '2025-11-03' }, { id: 2, text }, { id: 3, text, date: null }].map((r) => JSON.stringify(r)).join('\n');
    const lines = parseLines((await runInProcess(['check', '--jsonl', '--date', '2026-11-03'], input)).stdout);
    assert.deepEqual(lines.map((line) => line.findings.map((f: ContractFinding) => f.rule)), [['weekday-date'], [], []]);
  });

  it('answers bad lines with an error line, a stderr message naming the line, and exit code 1, as annotate does', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: WEEKDAY }),
      '{"id":"b","text":',
      '{"id":"c"}',
      '{"id":"d","text":"x","date":"2025-13-40"}',
      '[1,2]',
      '',
      '   ',
      '{"id":7,"text":42}',
      JSON.stringify({ id: 'e', text: CLEAN }),
    ].join('\n');
    const run = await runInProcess(['check', '--jsonl', '--date', '2025-11-03'], input);
    assert.equal(run.code, 1);
    const lines = parseLines(run.stdout);
    assert.deepEqual(lines.map((line) => line.id), ['a', null, 'c', 'd', null, 7, 'e']);
    for (const index of [1, 2, 3, 4, 5]) {
      assert.deepEqual(Object.keys(lines[index]), ['id', 'findings', 'error']);
      assert.deepEqual(lines[index].findings, []);
      assert.ok(lines[index].error.length > 0);
    }
    assert.deepEqual(lines[0].findings.map((f: ContractFinding) => f.rule), ['weekday-date']);
    assert.deepEqual(Object.keys(lines[6]), ['id', 'findings']);
    const annotated = parseLines((await runInProcess(['annotate', '--jsonl'], input)).stdout);
    assert.deepEqual(lines.map((line) => line.error), annotated.map((line) => line.error), 'the same errors as annotate --jsonl');
    assert.deepEqual(run.stderr.trim().split('\n').map((message) => /^newslens: stdin line (\d+): /.exec(message)?.[1]), ['2', '3', '4', '5', '8']);
  });

  it('refuses a line that is not UTF-8, keeping its id when it can, and answers the rest', async () => {
    const utf8 = (text: string) => Buffer.from(text, 'utf8');
    const bad = Buffer.concat([utf8('{"id":"b","text":"Bern '), Buffer.from([0xff, 0xfe]), utf8(' is calm."}\n')]);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => out.push(chunk));
    stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const stdin = Readable.from([utf8('\uFEFF{"id":"a","text":"Bern is calm."}\n'), bad, utf8('{"id":"c","text":"Geneva is calm."}')]);
    const code = await runCli(['check', '--jsonl'], { stdin, stdout, stderr });
    assert.equal(code, 1);
    const lines = parseLines(Buffer.concat(out).toString('utf8'));
    assert.deepEqual(lines, [
      { id: 'a', findings: [] },
      { id: 'b', findings: [], error: 'not valid UTF-8 text, not checked (invalid bytes are never replaced)' },
      { id: 'c', findings: [] },
    ]);
    assert.equal(Buffer.concat(err).toString('utf8'), 'newslens: stdin line 2: not valid UTF-8 text, not checked (invalid bytes are never replaced)\n');
  });

  it('writes nothing for empty input', async () => {
    const run = await runInProcess(['check', '--jsonl'], '');
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
  });
});

describe('newslens check usage', () => {
  it('reads files, formats, --fail-on and the rule switches into one command', () => {
    assert.deepEqual(parseArgs(['check', 'a.news', '--date=2025-11-03', '--format', 'json', '--fail-on', 'warning', '--enable', 'anonymous-source',
      '--disable', 'numerals,title-case', '--disable=percent-style', '--numerals', 'chicago', '--no-corrections', 'b.news']), {
      command: 'check', files: ['a.news', 'b.news'], jsonl: false, format: 'json', articleDate: '2025-11-03', corrections: { none: true }, failOn: 'warning',
      settings: { rules: { 'anonymous-source': true, numerals: false, 'title-case': false, 'percent-style': false }, numerals: 'chicago' },
    });
    assert.deepEqual(parseArgs(['check', 'a.news']), { command: 'check', files: ['a.news'], jsonl: false, format: 'text', settings: {} });
    assert.deepEqual(parseArgs(['check', '--jsonl', '--corrections', 'c.json']),
      { command: 'check', files: [], jsonl: true, format: 'text', corrections: { file: 'c.json' }, settings: {} });
    assert.deepEqual(parseArgs(['check', '--', '--draft.news']), { command: 'check', files: ['--draft.news'], jsonl: false, format: 'text', settings: {} });
  });

  const badUsage: Array<[string, string[], RegExp]> = [
    ['a missing FILE', ['check'], /missing FILE to check/],
    ['an unknown option', ['check', '--colour', 'a'], /unknown option '--colour'/],
    ['an unknown rule to --disable', ['check', '--disable', 'weekday-date,weekdays', 'a'], /unknown rule 'weekdays' in --disable: expected one of name-variant, weekday-date, .*, anonymous-source$/],
    ['an unknown rule to --enable', ['check', '--enable=anonymous', 'a'], /unknown rule 'anonymous' in --enable: expected one of name-variant, .*anonymous-source$/],
    ['an empty --disable', ['check', '--disable', '', 'a'], /--disable needs a value/],
    ['a --disable of commas only', ['check', '--disable', ',', 'a'], /--disable needs a rule id: one of name-variant/],
    ['a rule both enabled and disabled', ['check', '--enable', 'numerals', '--disable', 'numerals', 'a'], /both name 'numerals'/],
    ['an unknown --numerals', ['check', '--numerals', 'mla', 'a'], /invalid --numerals 'mla': expected one of ap, chicago, off/],
    ['--fail-on hint', ['check', '--fail-on', 'hint', 'a'], /invalid --fail-on 'hint': expected one of information, warning/],
    ['--fail-on given twice', ['check', '--fail-on', 'warning', '--fail-on', 'information', 'a'], /--fail-on given twice/],
    ['an annotate-only --format', ['check', '--format', 'csv', 'a'], /invalid --format 'csv' for check: expected one of text, json/],
    ['an impossible --date', ['check', '--date', '2025-02-29', 'a'], /invalid --date '2025-02-29'/],
    ['--jsonl with files', ['check', '--jsonl', 'a'], /give no FILE/],
    ['--jsonl with --format', ['check', '--jsonl', '--format', 'json'], /--format does not apply/],
    ['--jsonl with --fail-on', ['check', '--jsonl', '--fail-on', 'warning'], /--fail-on does not apply to --jsonl/],
    ['--corrections with --no-corrections', ['check', '--corrections', 'c.json', '--no-corrections', 'a'], /contradict/],
    ['check options given to annotate', ['annotate', '--disable', 'numerals', 'a'], /unknown option '--disable'/],
  ];
  for (const [what, argv, message] of badUsage) {
    it(`refuses ${what}: exit 2, the message and the usage on stderr, nothing on stdout`, async () => {
      assert.throws(() => parseArgs(argv), (error: unknown) => error instanceof UsageError && message.test(error.message));
      const run = await runInProcess(argv);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^newslens: .+\nUsage: newslens annotate FILE\.\.\.[^]*\n {7}newslens check FILE\.\.\./);
      assert.ok(run.stderr.endsWith(`Run '${argv[0] === 'check' ? 'newslens check --help' : 'newslens --help'}' for details.\n`), run.stderr);
    });
  }

  it('prints its help for check --help and help check, and the main help lists the command', async () => {
    for (const argv of [['check', '--help'], ['check', 'a.news', '-h'], ['help', 'check']]) {
      const run = await runInProcess(argv);
      assert.deepEqual([run.code, run.stdout], [0, CHECK_HELP], argv.join(' '));
    }
    for (const rule of CHECK_RULES) assert.match(CHECK_HELP, new RegExp(`\\n  ${rule} `));
    const main = await runInProcess(['--help']);
    assert.match(main.stdout, /\n {2}check {7}Check drafts/);
    assert.match(main.stdout, /newslens check FILE\.\.\./);
    assert.match(main.stdout, /newslens check --jsonl/);
    assert.equal((await runInProcess(['annotate', '--help'])).stdout, ANNOTATE_HELP);
  });
});

describe('newslens annotate beside check', () => {
  let folder: string;
  before(() => { folder = mkdtempSync(join(tmpdir(), 'newslens-check-annotate-')); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('prints exactly the report it always printed, in every format, with no findings in it', async () => {
    const path = join(folder, 'draft.news');
    writeFileSync(path, DRAFT);
    const analysis = analyseWhole(DRAFT, '2025-11-03');
    for (const format of ['text', 'json', 'md', 'csv'] as ReportFormat[]) {
      const run = await runInProcess(['annotate', '--format', format, '--date', '2025-11-03', path]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, formatReports([{ analysis, source: { title: path, text: DRAFT } }], format), format);
      assert.ok(!/findings|weekday-date/.test(run.stdout), format);
    }
    const jsonl = await runInProcess(['annotate', '--jsonl', '--date', '2025-11-03'], JSON.stringify({ id: 1, text: DRAFT }));
    assert.equal(jsonl.stdout, `${JSON.stringify({ id: 1, mentions: analysis.mentions.map(toContractMention) })}\n`);
  });
});
