import assert from 'node:assert/strict';
import { escapeMarkdownInline, formatReport } from '../../../src/format';
import { FACT_KINDS } from '../../../src/engine/types';
import { countFacts, KIND_LABELS } from '../../../src/format/factGroups';
import { analysisOf } from '../helpers/analysis';

/** The data rows of the table under `### heading`, split into cells on unescaped pipes. */
function tableRows(markdown: string, heading: string): string[][] {
  const section = markdown.split(`### ${heading}\n\n`)[1];
  assert.ok(section, `no "${heading}" section`);
  const lines = section.split('\n');
  const table = lines.slice(0, lines.findIndex((line) => !line.startsWith('|')));
  return table.slice(2).map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('Markdown report', () => {
  const text = 'NEWS\nAcme | Co said on Monday that *profits* rose 3%.\n"We <b>won</b> [big](command:evil)," said CEO Ann Lee.\nCosts rose 3% too.';
  const threePercent = { kind: 'figure', text: '3%', figureType: 'percent', value: 3, unit: '%', entity: 'figure:3-percent' } as const;
  const analysis = analysisOf(text, [
    { kind: 'organization', text: 'Acme | Co', entity: 'organization:acme' },
    { kind: 'date', text: 'Monday', dateType: 'date', value: '2025-11-03' },
    threePercent,
    { kind: 'quote', text: 'We <b>won</b> [big](command:evil),', speaker: 'person:ann-lee' },
    { kind: 'person', text: 'Ann Lee', entity: 'person:ann-lee', role: 'CEO' },
    threePercent,
  ]);
  const markdown = formatReport(analysis, 'md', { title: 'drafts/acme_results.md', text });

  it('heads the sheet with the escaped file name', () => {
    assert.match(markdown, /^## drafts\/acme\\_results\.md\n/);
  });

  it('has one table per kind found, with name, role, mention count and first line', () => {
    assert.deepEqual(tableRows(markdown, 'People'), [['Ann Lee', 'CEO', '1', '3']]);
    assert.deepEqual(tableRows(markdown, 'Organizations'), [['Acme \\| Co', '', '1', '2']]);
    assert.deepEqual(tableRows(markdown, 'Dates'), [['Monday', '2025-11-03', 'date', '1', '2']]);
    assert.deepEqual(tableRows(markdown, 'Figures'), [['3%', '3%', 'percent', '2', '2']]);
    assert.doesNotMatch(markdown, /### Places/);
  });

  it('has one row per fact, as many as the "Found:" line and the sidebar count', () => {
    const found = markdown.match(/^- Found: (.*)$/m)?.[1];
    assert.equal(found, '1 person, 1 organization, 1 date, 1 figure, 1 quote');
    const sidebar = countFacts(analysis);
    for (const kind of FACT_KINDS) {
      const rows = sidebar[kind] > 0 ? tableRows(markdown, KIND_LABELS[kind].many) : [];
      assert.equal(rows.length, sidebar[kind], kind);
    }
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
