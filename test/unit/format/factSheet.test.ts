// The fact sheet as CSV and JSON: one row per fact with its count, first line, value and speaker.
import assert from 'node:assert/strict';
import { factSheetCsv, factSheetJson } from '../../../src/format/factSheet';
import { analysisOf } from '../helpers/analysis';

describe('fact sheet', () => {
  const text = 'NEWS\nAcme, Inc said on Monday that profits rose 3%.\n"We won," said CEO Ann Lee.\nLee said costs rose 3% too.';
  const threePercent = { kind: 'figure', text: '3%', figureType: 'percent', value: 3, unit: '%', entity: 'figure:3-percent' } as const;
  const analysis = analysisOf(text, [
    { kind: 'organization', text: 'Acme, Inc', entity: 'organization:acme' },
    { kind: 'date', text: 'Monday', dateType: 'date', value: '2025-11-03', entity: 'date:2025-11-03' },
    threePercent,
    { kind: 'quote', text: 'We won,', speaker: 'person:ann-lee' },
    { kind: 'person', text: 'Ann Lee', entity: 'person:ann-lee', role: 'CEO' },
    { kind: 'person', text: 'Lee', entity: 'person:ann-lee' },
    threePercent,
  ], { 'person:ann-lee': 'Ann Lee' });
  const source = { title: 'acme.news', text };

  it('CSV: a header, then one quoted-where-needed row per fact, people first', () => {
    const records = factSheetCsv(analysis, source).split('\r\n');
    assert.deepEqual(records, [
      'kind,entity,role,mentions,firstLine,value,type,speaker,id',
      'person,Ann Lee,CEO,2,3,,,,person:ann-lee',
      'organization,"Acme, Inc",,1,2,,,,organization:acme',
      'date,Monday,,1,2,2025-11-03,date,,date:2025-11-03',
      'figure,3%,,2,2,3%,percent,,figure:3-percent',
      'quote,"We won,",,1,3,,,Ann Lee,quote@53',
      '',
    ]);
  });

  it('JSON: the file, its article date and the same rows, absent fields left out', () => {
    const sheet = JSON.parse(factSheetJson(analysis, source));
    assert.equal(sheet.file, 'acme.news');
    assert.equal(sheet.articleDate, '2025-11-03');
    assert.deepEqual(sheet.facts[0], { id: 'person:ann-lee', kind: 'person', entity: 'Ann Lee', role: 'CEO', mentions: 2, firstLine: 3 });
    assert.deepEqual(sheet.facts[3], { id: 'figure:3-percent', kind: 'figure', entity: '3%', mentions: 2, firstLine: 2, value: '3%', type: 'percent' });
  });
});
