import assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';
import { formatReport, formatReports } from '../../../src/format';
import { countFacts } from '../../../src/format/factGroups';
import { analysisOf } from '../helpers/analysis';
import { assertCountsAgree, textReportCounts } from './reportCounts';

describe('text report', () => {
  const text = 'HEADLINE\r\n😀 Premier Li Qiang spoke on Monday.\r\n"We trade," Li said, as gas hit 50 billion cubic metres on Monday.';
  const monday = { kind: 'date', text: 'Monday', dateType: 'date', value: '2025-11-03', entity: 'date:2025-11-03' } as const;
  const analysis = analysisOf(text, [
    { kind: 'person', text: 'Li Qiang', entity: 'person:li-qiang', role: 'Premier' },
    monday,
    { kind: 'quote', text: 'We trade,', speaker: 'person:li-qiang' },
    { kind: 'person', text: 'Li', entity: 'person:li-qiang' },
    { kind: 'figure', text: '50 billion cubic metres', figureType: 'quantity', value: 5e10, unit: 'cubic metres' },
    monday,
  ], { 'person:li-qiang': 'Li Qiang' });
  const report = formatReport(analysis, 'text', { title: 'seed.txt', text });
  const lines = report.split('\n');

  it('groups a person\'s mentions under one entity with role, count and line:column of each', () => {
    const li = lines.filter((line) => line.startsWith('  Li Qiang'));
    assert.equal(li.length, 1, report);
    assert.match(li[0], /Li Qiang · Premier · 2 mentions at 2:12, 3:13$/);
    assert.ok(lines.includes('People (1)'), report);
  });

  it('shows date values, figure values with units and quote speakers', () => {
    assert.ok(lines.includes('  "50 billion cubic metres" = 50,000,000,000 cubic metres (quantity) · 1 mention at 3:33'), report);
    assert.ok(lines.includes('  "We trade," · said by Li Qiang · 1 mention at 3:2'), report);
  });

  it('lists a date mentioned twice once, with its value and both positions', () => {
    assert.deepEqual(textReportCounts(report).date?.lines, ['  "Monday" = 2025-11-03 (date) · 2 mentions at 2:30, 3:60']);
  });

  it('counts each fact once, as the status bar and sidebar do: "Found:", every heading and the lines listed agree', () => {
    assertCountsAgree(report);
    const sidebar = countFacts(analysis);
    for (const [kind, counts] of Object.entries(textReportCounts(report))) assert.equal(counts.found, sidebar[kind as keyof typeof sidebar], kind);
    assert.match(report, /^Found: 1 person, 1 date, 1 figure, 1 quote$/m);
  });

  it('lists each date the engine left without an entity as a fact of its own', () => {
    const unlinked = analysisOf(text, [{ ...monday, entity: undefined }, { ...monday, entity: undefined }]);
    const dates = textReportCounts(formatReport(unlinked, 'text', { title: 'x', text })).date;
    assert.deepEqual(dates, { found: 2, heading: 2, lines: ['  "Monday" = 2025-11-03 (date) · 1 mention at 2:30', '  "Monday" = 2025-11-03 (date) · 1 mention at 3:60'] });
  });

  it('states the article date, its origin and how much was analysed, and lists warnings', () => {
    const warned = { ...analysis, analysedChars: 10, warnings: ['Only the first 10 characters were analysed.'] };
    const withWarning = formatReport(warned, 'text', { title: 'seed.txt', text });
    assert.match(withWarning, /Article date: 2025-11-03 \(as given\)/);
    assert.match(withWarning, new RegExp(`Analysed: 10 of ${text.length} characters`));
    assert.match(withWarning, /Warning: Only the first 10 characters were analysed\./);
  });

  it('keeps terminal control characters in the document out of the report', () => {
    const hostile = analysisOf('Hi \u001b[31mEvil\u001b[0m Corp', [{ kind: 'organization', text: '\u001b[31mEvil\u001b[0m Corp', entity: 'organization:evil' }]);
    assert.ok(!formatReport(hostile, 'text', { title: 'x', text: '' }).includes('\u001b'));
  });

  it('separates documents with a blank line, each with its own heading', () => {
    const both = formatReports([{ analysis, source: { title: 'a.txt', text } }, { analysis, source: { title: 'b.txt', text } }], 'text');
    assert.match(both, /\n\nNews Lens facts: b\.txt\n/);
    assert.equal(both.match(/^News Lens facts: /gm)?.length, 2);
  });

  it('names a figure said in a capitals headline and in the body by its wording in the body', () => {
    const text = 'TOWNS PLEDGE 1.2 BILLION FRANCS\nThe towns pledged 1.2 billion francs on Thursday.';
    const report = formatReport(analyse(text, { articleDate: '2025-11-03' }), 'text', { title: 'pledge.news', text });
    assert.match(report, /"1\.2 billion francs" = .* · 2 mentions/);
    assert.doesNotMatch(report, /"1\.2 BILLION FRANCS"/);
  });
});
