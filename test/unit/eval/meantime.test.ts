import assert from 'node:assert/strict';
import { evaluateMeantime, parseMeantimeDocument } from '../../../scripts/eval/readers/meantime';
import type { Mention } from '../../../src/engine/index';

const SAMPLE = `<?xml version="1.0" ?><Document doc_id="1">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">opens</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">06</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">costs</token>
<token number="8" sentence="2" t_id="9">$</token>
<token number="9" sentence="2" t_id="10">99</token>
<token number="10" sentence="3" t_id="11">Unannotated</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="PRO"><token_anchor t_id="7"/></ENTITY_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="3" type="DATE" value="2008-03-06"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<VALUE m_id="4" type="MONEY"><token_anchor t_id="9"/><token_anchor t_id="10"/></VALUE>
<ENTITY ent_type="ORG" m_id="9"/>
</Markables>
<Relations><REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><target m_id="9"/></REFERS_TO></Relations>
</Document>`;

describe('eval: MEANTIME documents', () => {
  const document = parseMeantimeDocument('1', SAMPLE);

  it('rebuilds the annotated sentences only, one a line, with the creation time as the date', () => {
    assert.equal(document.text, 'Apple opens\nMarch 06, 2008\nIt costs $99');
    assert.equal(document.date, '2008-03-06');
  });

  it('scores named mentions by their entity type, money by VALUE and the TIMEX3 with its value', () => {
    assert.deepEqual(document.gold.map((g) => [document.text.slice(g.start, g.end), g.label, g.value]), [
      ['Apple', 'organization', undefined], ['March 06, 2008', 'date', '2008-03-06'], ['$99', 'money', undefined],
    ]);
  });

  it('counts a plain number the engine finds as a MEANTIME quantity (a count of things)', () => {
    const xml = SAMPLE.replace('<VALUE m_id="4" type="MONEY"><token_anchor t_id="9"/>', '<VALUE m_id="4" type="QUANTITY">');
    const counted = parseMeantimeDocument('2', xml);
    const at = counted.text.indexOf('99');
    const number: Mention = { kind: 'figure', figureType: 'number', start: at, end: at + 2, text: '99', value: 99 };
    const report = evaluateMeantime({ name: 'meantime', documents: [counted] }, new Map([['2', [number]]]));
    assert.deepEqual(report.headline['meantime.figures.quantity'], { p: 1, r: 1, f1: 1 });
  });
});
