// The article date that relative dates are resolved against: option, dateline, "Date:" line, setting, file day, else today.
import assert from 'node:assert/strict';
import { detectArticleDate } from '../../../src/engine/articleDate';

const body = 'China wants to strengthen cooperation with Russia, Premier Li Qiang said on Monday.';

describe('articleDate: where the article date comes from', () => {
  it('lets the option win over what the text says', () => {
    assert.deepEqual(detectArticleDate(`MOSCOW, November 3, 2025 (AP) — ${body}`, { articleDate: '2024-01-05', today: '2026-01-01' }),
      { value: '2024-01-05', source: 'option' });
  });
  it('prefers the text\'s own date to the setting, the setting to the file\'s day, and the file\'s day to today', () => {
    const fallbacks = { defaultDate: '2025-06-01', fileDate: '2025-07-02', today: '2026-01-01' };
    assert.deepEqual(detectArticleDate(`MOSCOW, November 3, 2025 (AP) — ${body}`, fallbacks), { value: '2025-11-03', source: 'dateline' });
    assert.deepEqual(detectArticleDate(body, fallbacks), { value: '2025-06-01', source: 'setting' });
    assert.deepEqual(detectArticleDate(body, { fileDate: '2025-07-02', today: '2026-01-01' }), { value: '2025-07-02', source: 'file' });
    assert.deepEqual(detectArticleDate(body, { defaultDate: 'soon', fileDate: 'never', today: '2026-01-01' }), { value: '2026-01-01', source: 'today' });
  });
  it('reads a dateline with a year', () => {
    assert.deepEqual(detectArticleDate(`MOSCOW, November 3, 2025 (AP) — ${body}`, { today: '2026-06-01' }), { value: '2025-11-03', source: 'dateline' });
  });
  it('gives a dateline without a year the latest year that is not in the future', () => {
    assert.deepEqual(detectArticleDate(`BEIJING, Nov 3 (Reuters) - ${body}`, { today: '2025-11-05' }), { value: '2025-11-03', source: 'dateline' });
    assert.deepEqual(detectArticleDate(`Nov 3 (Reuters) - ${body}`, { today: '2026-01-02' }), { value: '2025-11-03', source: 'dateline' });
  });
  it('finds the dateline below a headline', () => {
    const text = `China, Russia vow closer ties\n\nBy Staff\nBEIJING/MOSCOW, Dec. 30 (Reuters) - ${body}`;
    assert.deepEqual(detectArticleDate(text, { today: '2026-01-02' }), { value: '2025-12-30', source: 'dateline' });
  });
  it('reads a "Date:" or "Published:" line near the top', () => {
    assert.deepEqual(detectArticleDate(`Headline\nDate: 2025-11-03\n\n${body}`, { today: '2026-01-01' }), { value: '2025-11-03', source: 'date-line' });
    assert.deepEqual(detectArticleDate(`Published: November 3, 2025\n${body}`, { today: '2026-01-01' }), { value: '2025-11-03', source: 'date-line' });
    assert.deepEqual(detectArticleDate(`Date: 3 November 2025\r\n${body}`, { today: '2026-01-01' }), { value: '2025-11-03', source: 'date-line' });
  });
  it('ignores impossible dates and falls back to today', () => {
    assert.deepEqual(detectArticleDate(`Date: 2025-02-30\n${body}`, { today: '2026-01-01' }), { value: '2026-01-01', source: 'today' });
    assert.deepEqual(detectArticleDate(body, { articleDate: '2025-02-30', today: '2026-01-01' }), { value: '2026-01-01', source: 'today' });
  });
  it('uses the UTC clock when nothing else is known', () => {
    const before = new Date().toISOString().slice(0, 10);
    const result = detectArticleDate('(Reuters) - ' + body, {});
    const after = new Date().toISOString().slice(0, 10);
    assert.equal(result.source, 'today');
    assert.ok([before, after].includes(result.value), `expected today's UTC date, got ${result.value}`);
  });
  it('ignores dates that appear in the body rather than at the top', () => {
    const text = `${'Background paragraph.\n'.repeat(10)}Date: 2025-11-03\n`;
    assert.equal(detectArticleDate(text, { today: '2026-01-01' }).source, 'today');
  });
});
