import * as assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';
import { assertContract } from './helpers/contract';

const OPTIONS = { articleDate: '2025-06-02' };
const PARAGRAPH = 'President Emmanuel Macron said on Tuesday that France would spend 2% more. ';

describe('bad input', () => {
  it('answers empty text with nothing', () => {
    const analysis = analyse('', OPTIONS);
    assert.deepEqual([analysis.mentions, analysis.entities, analysis.analysedChars, analysis.warnings], [[], [], 0, []]);
  });

  it('annotates the start of a 5 MB text and reports the rest as not analysed', () => {
    const huge = PARAGRAPH.repeat(Math.ceil(5_000_000 / PARAGRAPH.length));
    const analysis = analyse(huge, { ...OPTIONS, maxChars: 20_000 });
    // It stops at the end of the last sentence within the limit, so no fact is read from a part of itself.
    assert.ok(analysis.analysedChars <= 20_000 && analysis.analysedChars > 20_000 - PARAGRAPH.length, String(analysis.analysedChars));
    assert.ok(huge.slice(0, analysis.analysedChars).endsWith('2% more.'));
    assert.equal(analysis.warnings.length, 1);
    assert.ok(analysis.mentions.some((m) => m.text === 'Emmanuel Macron'));
    assertContract(huge, analysis);
  });

  it('survives binary-looking garbage', () => {
    const garbage = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65_536)).join('');
    assertContract(garbage, analyse(garbage, OPTIONS));
  });

  it('keeps offsets exact with CRLF line endings', () => {
    const text = 'PARIS (Reuters) -\r\nPresident Emmanuel Macron spoke.\r\n\r\nMacron left for Berlin.\r\n';
    const analysis = analyse(text, OPTIONS);
    assertContract(text, analysis);
    assert.deepEqual(analysis.mentions.filter((m) => m.kind === 'person').map((m) => m.text), ['Emmanuel Macron', 'Macron']);
  });

  it('keeps offsets exact after emoji and other surrogate pairs', () => {
    const text = '🇫🇷😀 President Emmanuel Macron met 𝒳 Olaf Scholz in 🏙️ Berlin.';
    const analysis = analyse(text, OPTIONS);
    assertContract(text, analysis);
    assert.deepEqual(analysis.mentions.map((m) => m.text), ['Emmanuel Macron', 'Olaf Scholz', 'Berlin']);
  });

  it('returns from a line of 100,000 periods, with the facts around it', () => {
    const text = `${PARAGRAPH}\n${'.'.repeat(100_000)}\n${PARAGRAPH}`;
    const analysis = analyse(text, OPTIONS);
    assertContract(text, analysis);
    assert.equal(analysis.mentions.filter((m) => m.text === 'Emmanuel Macron').length, 2);
  });

  it('annotates a 2,000-word sentence from start to end', () => {
    const filler = Array.from({ length: 2_000 }, (_, i) => (i % 50 === 0 ? 'Berlin' : 'and')).join(' ');
    const text = `President Emmanuel Macron said ${filler} finally Olaf Scholz agreed.`;
    const analysis = analyse(text, OPTIONS);
    assertContract(text, analysis);
    assert.equal(analysis.mentions.filter((m) => m.text === 'Berlin').length, 40);
    assert.ok(analysis.mentions.some((m) => m.text === 'Olaf Scholz'));
  });

  it('reads a nonsensical maxChars as no limit set, and a negative one as nothing to analyse', () => {
    assert.equal(analyse(PARAGRAPH, { ...OPTIONS, maxChars: Number.NaN }).analysedChars, PARAGRAPH.length);
    assert.equal(analyse(PARAGRAPH, { ...OPTIONS, maxChars: -5 }).analysedChars, 0);
  });

  it('never throws on odd strings: lone surrogates, control characters, symbol runs, one huge word', () => {
    for (const text of ['\uD800\uDC00\uDFFF\uD800 Macron', '\u0000\u0001\u0007Putin\u001B[31m', '?!'.repeat(30_000), 'x'.repeat(200_000), '“', '"', '‘’']) {
      assertContract(text, analyse(text, OPTIONS));
    }
  });
});
