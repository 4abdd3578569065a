import assert from 'node:assert/strict';
import type { Mention } from '../../../src/engine';
import { formatReport, formatReports, toContractMention } from '../../../src/format';
import { analysisOf } from '../helpers/analysis';

const MENTION_KEY_ORDER = ['kind', 'start', 'end', 'text', 'entity', 'role', 'dateType', 'value', 'figureType', 'unit', 'speaker'];

describe('JSON report', () => {
  const text = 'Premier Li Qiang met Putin in Hangzhou on Monday.';
  const analysis = analysisOf(text, [
    { kind: 'person', text: 'Li Qiang', entity: 'person:li-qiang', role: 'Premier' },
    { kind: 'person', text: 'Putin', entity: 'person:vladimir-putin' },
    { kind: 'place', text: 'Hangzhou', entity: 'place:hangzhou' },
    { kind: 'date', text: 'Monday', dateType: 'date', value: '2025-11-03' },
  ]);

  it('prints one object per document with the contract fields', () => {
    const report = JSON.parse(formatReport(analysis, 'json', { title: 'seed.txt', text }));
    assert.deepEqual(Object.keys(report), ['file', 'articleDate', 'analysedChars', 'warnings', 'mentions', 'entities']);
    assert.equal(report.file, 'seed.txt');
    assert.deepEqual(report.articleDate, { value: '2025-11-03', source: 'option' });
    assert.equal(report.mentions.length, 4);
    for (const mention of report.mentions as Mention[]) assert.equal(mention.text, text.slice(mention.start, mention.end));
  });

  it('keeps only the contract keys of a mention, in contract order, dropping absent and extra ones', () => {
    const engineMention = { speaker: 'person:x', text: 'hi', unit: undefined, end: 2, score: 0.9, kind: 'quote', start: 0 } as unknown as Mention;
    const shaped = toContractMention(engineMention);
    assert.deepEqual(Object.keys(shaped), ['kind', 'start', 'end', 'text', 'speaker']);
    for (const mention of analysis.mentions.map(toContractMention)) {
      const keys = Object.keys(mention);
      assert.deepEqual(keys, MENTION_KEY_ORDER.filter((key) => keys.includes(key)));
    }
  });

  it('is always an array for several documents, also for one and for none', () => {
    const documents = [{ analysis, source: { title: 'a.txt', text } }, { analysis: analysisOf(''), source: { title: 'b.txt', text: '' } }];
    assert.deepEqual(JSON.parse(formatReports(documents, 'json')).map((report: { file: string }) => report.file), ['a.txt', 'b.txt']);
    assert.equal(JSON.parse(formatReports(documents.slice(0, 1), 'json')).length, 1);
    assert.deepEqual(JSON.parse(formatReports([], 'json')), []);
  });
});
