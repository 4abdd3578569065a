import assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';
import { reportPieces, toFileReportJson, type ReportDocument } from '../../../src/format';
import { jsonReportPieces, PIECE_CHARACTERS } from '../../../src/format/jsonReportPieces';
import { analysisOf } from '../helpers/analysis';

/** The JSON part as `newslens annotate` made it in one string before it was written in pieces. */
const inOnePiece = ({ analysis, source }: ReportDocument, index: number): string =>
  `${index > 0 ? ',' : ''}\n  ${JSON.stringify(toFileReportJson(analysis, source.title), null, 2).replace(/\n/g, '\n  ')}`;

describe('JSON report in pieces', () => {
  const text = 'Premier Li Qiang met Vladimir Putin in Hangzhou on Monday, José Müller of Gazprom said: “We agreed €5 billion.”\n'
    + 'Putin told Li on Friday that “the next five years” matter 😀.\r\nNo facts here\rat all.';

  it('gives the bytes of the report made in one string: entities, roles, quotes, non-ASCII, every line break', () => {
    const document = { analysis: analyse(text, { articleDate: '2025-11-03' }), source: { title: 'dir/“quoted” file.news', text } };
    assert.ok(document.analysis.entities.length >= 3 && document.analysis.mentions.some((m) => m.kind === 'quote'));
    for (const index of [0, 1]) assert.equal([...jsonReportPieces(document.analysis, document.source.title, index)].join(''), inOnePiece(document, index));
  });

  it('gives the same bytes for empty lists and warnings', () => {
    const empty = { analysis: { ...analysisOf(''), warnings: ['Only the first 0 of 9 characters were analysed'] }, source: { title: 'e.txt', text: '' } };
    assert.equal([...reportPieces(empty, 'json', 2)].join(''), inOnePiece(empty, 2));
  });

  it('writes a huge one-line file in many bounded pieces that add up to the one string', () => {
    const huge = Array.from({ length: 600 }, (_, i) => `Sophie Marchetti met Li Qiang in Hangzhou on day ${i}, “quoting ${i}”.`).join(' ');
    const document = { analysis: analyse(huge, { articleDate: '2025-11-03', maxChars: Number.POSITIVE_INFINITY }), source: { title: 'huge.news', text: huge } };
    const pieces = [...reportPieces(document, 'json', 0)];
    assert.ok(pieces.length > 3, `${pieces.length} pieces`);
    for (const piece of pieces) assert.ok(piece.length < 2 * PIECE_CHARACTERS);
    assert.equal(pieces.join(''), inOnePiece(document, 0));
  });

  it('leaves the other formats one piece', () => {
    const document = { analysis: analyse(text, { articleDate: '2025-11-03' }), source: { title: 'a.news', text } };
    for (const format of ['text', 'md', 'csv'] as const) assert.equal([...reportPieces(document, format, 1)].length, 1);
  });
});
