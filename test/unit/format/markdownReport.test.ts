import assert from 'node:assert/strict';
import { escapeMarkdownInline, formatReport } from '../../../src/format';
import { analysisOf } from './analysisFixture';

/** The data rows of the table under `### heading`, split into cells on unescaped pipes. */
function tableRows(markdown: string, heading: string): string[][] {
  const section = markdown.split(`### ${heading}\n\n`)[1];
  assert.ok(section, `no "${heading}" section`);
  const lines = section.split('\n');
  const table = lines.slice(0, lines.findIndex((line) => !line.startsWith('|')));
  return table.slice(2).map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('Markdown report', () => {
  const text = 'NEWS\nAcme | Co said on Monday that *profits* rose 3%.\n"We <b>won</b> [big](command:evil)," said CEO Ann Lee.';
  const analysis = analysisOf(text, [
    { kind: 'organization', text: 'Acme | Co', entity: 'organization:acme' },
    { kind: 'date', text: 'Monday', dateType: 'date', value: '2025-11-03' },
    { kind: 'figure', text: '3%', figureType: 'percent', value: 3, unit: '%' },
    { kind: 'quote', text: 'We <b>won</b> [big](command:evil),', speaker: 'person:ann-lee' },
    { kind: 'person', text: 'Ann Lee', entity: 'person:ann-lee', role: 'CEO' },
  ]);
  const markdown = formatReport(analysis, 'md', { title: 'drafts/acme_results.md', text });

  it('heads the sheet with the escaped file name', () => {
    assert.match(markdown, /^## drafts\/acme\\_results\.md\n/);
  });

  it('has one table per kind found, with name, role, mention count and first line', () => {
    assert.deepEqual(tableRows(markdown, 'People'), [['Ann Lee', 'CEO', '1', '3']]);
    assert.deepEqual(tableRows(markdown, 'Organizations'), [['Acme \\| Co', '', '1', '2']]);
    assert.deepEqual(tableRows(markdown, 'Dates'), [['Monday', '2025-11-03', 'date', '2']]);
    assert.deepEqual(tableRows(markdown, 'Figures'), [['3%', '3%', 'percent', '2']]);
    assert.doesNotMatch(markdown, /### Places/);
  });

  it('escapes pipes, HTML, links and emphasis from the document so none of it renders', () => {
    const [quote, speaker] = tableRows(markdown, 'Quotes')[0];
    assert.equal(speaker, 'Ann Lee');
    assert.equal(quote, 'We \\<b\\>won\\</b\\> \\[big\\](command\\:evil),');
    assert.doesNotMatch(markdown, /<b>|(?<!\\)\]\(command/);
  });

  it('keeps a cell on one line whatever the text holds', () => {
    assert.equal(escapeMarkdownInline('two\r\nlines\u0007 | end'), 'two lines\uFFFD \\| end');
  });
});
