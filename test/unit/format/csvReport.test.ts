import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, formatReport, formatReports } from '../../../src/format';
import { factSheetCsv } from '../../../src/format/factSheet';
import { analysisOf } from '../helpers/analysis';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') { field += '"'; i++; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { record.push(field); field = ''; }
    else if (char === '\r' && csv[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += char;
  }
  assert.equal(field + record.join(''), '', 'CSV must end with a complete CRLF-terminated record');
  return records;
}

describe('CSV report', () => {
  const text = 'Li said: "Yes, we will, ""truly""\r\nwork together" on Monday; trade fell 21%.';
  const analysis = analysisOf(text, [
    { kind: 'person', text: 'Li', entity: 'person:li-qiang', role: 'Premier, China' },
    { kind: 'quote', text: 'Yes, we will, ""truly""\r\nwork together', speaker: 'person:li-qiang' },
    { kind: 'date', text: 'Monday', dateType: 'date', value: '2025-11-03' },
    { kind: 'figure', text: '21%', figureType: 'percent', value: 21, unit: '%' },
  ]);

  it('starts with the exact header and has one record per mention', () => {
    const records = parseCsv(formatReport(analysis, 'csv', { title: 'a.txt', text }));
    assert.equal(records[0].join(','), 'file,kind,start,end,text,entity,role,dateType,value,figureType,unit,speaker');
    assert.deepEqual(records[0], [...CSV_COLUMNS]);
    assert.equal(records.length, 1 + analysis.mentions.length);
  });

  it('round-trips commas, quotes and line breaks in text exactly, with offsets that match the text', () => {
    const records = parseCsv(formatReport(analysis, 'csv', { title: 'dir, with comma/a.txt', text }));
    for (const [index, record] of records.slice(1).entries()) {
      const mention = analysis.mentions[index];
      assert.equal(record[0], 'dir, with comma/a.txt');
      assert.equal(record[4], text.slice(Number(record[2]), Number(record[3])));
      assert.equal(record[4], mention.text);
    }
    assert.equal(records[1][6], 'Premier, China');
    assert.deepEqual(records[4].slice(8, 11), ['21', 'percent', '%']);
    assert.equal(records[2][11], 'person:li-qiang');
  });

  it('leaves absent fields empty and quotes only when needed', () => {
    assert.equal(csvField(undefined), '');
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField(5e10), '50000000000');
    assert.equal(csvField('a "b"'), '"a ""b"""');
  });

  it('neutralises cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first) with a leading quote', () => {
    for (const cell of ['=HYPERLINK("http://x.invalid","click")', '+1+cmd|', '-2+3', '@SUM(A1)', '\tx', '\rx', '-', '=1']) {
      const written = csvField(cell);
      assert.equal(parseCsv(`${written}\r\n`)[0][0], `'${cell}`, JSON.stringify(cell));
    }
    assert.equal(csvField('Li = Qiang'), 'Li = Qiang', 'only the first character matters');
  });

  it('leaves plain numbers such as -3.5 as they are: a spreadsheet reads them as numbers, never as formulas', () => {
    for (const cell of [-3.5, '-3.5', '+2', '-0.25', '-1e6', 21, '-.5']) assert.equal(csvField(cell), String(cell));
    for (const cell of ['-3.5%', '-3.5 million', '+1-1', '-1e', '--1']) assert.equal(csvField(cell)[0], "'", cell);
  });

  it('neutralises formulas in every CSV export: mention text, file name and the fact sheet', () => {
    const hostile = '=HYPERLINK("http://x.invalid") said prices fell -3.5 points.';
    const tricky = analysisOf(hostile, [
      { kind: 'organization', text: '=HYPERLINK("http://x.invalid")', entity: 'organization:x' },
      { kind: 'figure', text: '-3.5', figureType: 'number', value: -3.5 },
    ]);
    const records = parseCsv(formatReport(tricky, 'csv', { title: '@draft.news', text: hostile }));
    assert.deepEqual(records.slice(1).map((record) => [record[0], record[4], record[8]]), [
      ["'@draft.news", `'=HYPERLINK("http://x.invalid")`, ''],
      ["'@draft.news", '-3.5', '-3.5'],
    ]);
    const sheet = parseCsv(factSheetCsv(tricky, { title: 'a.news', text: hostile }));
    assert.equal(sheet.length, 3, 'a header and both facts');
    assert.ok(sheet.slice(1).every((record) => record.every((cell) => !/^[=+@\t\r]/.test(cell) && !/^-(?!\d)/.test(cell))), JSON.stringify(sheet));
  });

  it('writes one header for several files and rows naming each file', () => {
    const records = parseCsv(formatReports([
      { analysis, source: { title: 'one.txt', text } },
      { analysis, source: { title: 'two.txt', text } },
    ], 'csv'));
    assert.equal(records.filter((record) => record[0] === 'file').length, 1);
    assert.deepEqual([...new Set(records.slice(1).map((record) => record[0]))], ['one.txt', 'two.txt']);
  });
});
