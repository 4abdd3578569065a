// The article date that relative dates are resolved against: option, what the top of the draft states (front matter,
// dateline, byline, "Date:" line, "Updated" line), setting, file day, else today.
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
  it('reads a "Date:" line near the top', () => {
    assert.deepEqual(detectArticleDate(`Headline\nDate: 2025-11-03\n\n${body}`, { today: '2026-01-01' }), { value: '2025-11-03', source: 'date-line' });
    assert.deepEqual(detectArticleDate(`Date: 3 November 2025\r\n${body}`, { today: '2026-01-01' }), { value: '2025-11-03', source: 'date-line' });
    assert.deepEqual(detectArticleDate(`date: November 3rd, 2025\n${body}`, { today: '2026-01-01' }), { value: '2025-11-03', source: 'date-line' });
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

/** The article date of `text` when nothing but the text tells it (a fixed today, no setting, no file day). */
const dated = (text: string, today = '2026-11-03') => detectArticleDate(text, { today });

describe('articleDate: bylines', () => {
  it('reads "Published" under a Markdown headline, rather than the file\'s day', () => {
    const story = `# Ministers agree a water plan\n\nPublished 14 October 2025\n\nThe ministers met on Tuesday.`;
    assert.deepEqual(detectArticleDate(story, { fileDate: '2026-11-01', today: '2026-11-03' }), { value: '2025-10-14', source: 'byline' });
  });
  it('reads "Published" with a colon, "on", a weekday, a clock time, or Markdown emphasis', () => {
    assert.deepEqual(dated(`Published: November 3, 2025\n${body}`), { value: '2025-11-03', source: 'byline' });
    assert.deepEqual(dated(`Headline\nFirst published on Tue 14 Oct 2025 10.02 BST\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.deepEqual(dated(`Headline\nPosted 10:02 AM EDT, October 14, 2025\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.deepEqual(dated(`Headline\n*Published 14 October 2025*\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.deepEqual(dated(`Headline\n**Published:** Oct. 14, 2025\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.deepEqual(dated(`HEADLINE\nPUBLISHED OCT. 14, 2025\n${body}`), { value: '2025-10-14', source: 'byline' });
  });
  it('reads the date after a byline\'s name, and a date alone under the headline', () => {
    assert.deepEqual(dated(`Headline\nBy Jane Doe | October 14, 2025\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.deepEqual(dated(`Headline\nBy Jane Doe, Staff Writer · Oct. 14, 2025 10:02 a.m. ET\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.deepEqual(dated(`Airliner makes its first flight\nApril 27, 2005\n${body}`), { value: '2005-04-27', source: 'byline' });
    assert.deepEqual(dated(`Headline\nBy Jane Doe\nTuesday, 14 October 2025 10.02 BST\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.deepEqual(dated(`Headline\nOctober 14, 2025 at 10:02 AM EDT\n(Bloomberg) -- ${body}`), { value: '2025-10-14', source: 'byline' });
  });
  it('reads an "Updated" line when nothing states the publication, with a time after the date or before it', () => {
    assert.deepEqual(dated(`Headline\nUpdated Nov. 3, 2025 10:02 a.m. ET\n${body}`), { value: '2025-11-03', source: 'updated' });
    assert.deepEqual(dated(`Headline\nLast updated: 3 November 2025\n${body}`), { value: '2025-11-03', source: 'updated' });
    assert.deepEqual(dated(`Headline\nUpdated 10:02 AM EDT, November 3, 2025\n\nLONDON (AP) — ${body}`), { value: '2025-11-03', source: 'updated' });
  });
  it('takes the published date over the updated one, whichever comes first, also when both share a line', () => {
    assert.deepEqual(dated(`Headline\nUpdated Nov. 3, 2025 10:02 a.m. ET\nPublished Oct. 30, 2025\n${body}`), { value: '2025-10-30', source: 'byline' });
    assert.deepEqual(dated(`Headline\nPublished Oct. 30, 2025\nUpdated Nov. 3, 2025\n${body}`), { value: '2025-10-30', source: 'byline' });
    assert.deepEqual(dated(`Headline\nBy Jane Doe | Updated Nov. 3, 2025 | Published Oct. 30, 2025\n${body}`), { value: '2025-10-30', source: 'byline' });
    assert.deepEqual(dated(`Headline\nPublished Oct. 30, 2025Updated Nov. 3, 2025, 10:02 a.m. ET\n${body}`), { value: '2025-10-30', source: 'byline' });
  });
  it('reads no byline into a headline or a sentence that mentions a date', () => {
    assert.equal(dated(`Report published October 14, 2025 shows growth\n${body}`).source, 'today');
    assert.equal(dated(`The deal was signed on 14 October 2025 in Paris.\n${body}`).source, 'today');
    assert.equal(dated(`Headline\nPublished 2 hours ago\n${body}`).source, 'today');
    assert.equal(dated(`Headline\nUpdated Tuesday\n${body}`).source, 'today');
  });
});

describe('articleDate: Markdown front matter', () => {
  it('reads `date:` in a leading --- block, bare, quoted, or as an ISO date and time', () => {
    assert.deepEqual(dated(`---\ntitle: Ministers agree\ndate: 2025-10-14\n---\n# Ministers agree\n${body}`), { value: '2025-10-14', source: 'front-matter' });
    assert.deepEqual(dated(`---\ndate: "2025-10-14"\n---\n${body}`), { value: '2025-10-14', source: 'front-matter' });
    assert.deepEqual(dated(`---\ndate: '2025-10-14T09:30:00+02:00'\n---\n${body}`), { value: '2025-10-14', source: 'front-matter' });
    assert.deepEqual(dated(`---\r\ndate: 2025-10-14 09:30:00 +0100\r\n---\r\n${body}`), { value: '2025-10-14', source: 'front-matter' });
    assert.deepEqual(dated(`---\npublished: October 14, 2025\n---\n${body}`), { value: '2025-10-14', source: 'front-matter' });
  });
  it('knows the other names of the publication date, and TOML front matter', () => {
    assert.deepEqual(dated(`---\npublishDate: 2025-10-14\n---\n${body}`), { value: '2025-10-14', source: 'front-matter' });
    assert.deepEqual(dated(`---\npublished_at: 2025-10-14T09:30:00Z\n---\n${body}`), { value: '2025-10-14', source: 'front-matter' });
    assert.deepEqual(dated(`+++\ndate = 2025-10-14T09:30:00Z\n+++\n${body}`), { value: '2025-10-14', source: 'front-matter' });
  });
  it('prefers the publication key to `updated:`/`lastmod:`, and uses those only when it is missing', () => {
    assert.deepEqual(dated(`---\nlastmod: 2025-10-20\ndate: 2025-10-14\n---\n${body}`), { value: '2025-10-14', source: 'front-matter' });
    assert.deepEqual(dated(`---\nlastmod: 2025-10-20\n---\n${body}`), { value: '2025-10-20', source: 'updated' });
    assert.deepEqual(dated(`---\nupdated: 2025-10-20\n---\nPublished 14 October 2025\n${body}`), { value: '2025-10-14', source: 'byline' });
  });
  it('looks for the byline after a long front matter, and ignores nested or unclosed blocks', () => {
    const long = Array.from({ length: 12 }, (_, i) => `tag${i}: value ${i}`).join('\n');
    assert.deepEqual(dated(`---\n${long}\n---\n# Headline\nPublished 14 October 2025\n${body}`), { value: '2025-10-14', source: 'byline' });
    assert.equal(dated(`---\nevent:\n  date: 2025-10-14\n---\n${body}`).source, 'today');
    assert.equal(dated(`---\n\n${body}\n\nA rule above, no front matter; date: 2025-10-14`).source, 'today');
  });
});

describe('articleDate: wire datelines', () => {
  it('reads Reuters, AFP, Xinhua and UPI datelines, month or day first', () => {
    assert.deepEqual(dated(`WASHINGTON, Oct 14 (Reuters) - ${body}`), { value: '2026-10-14', source: 'dateline' });
    assert.deepEqual(dated(`LONDON, 14 October (Reuters) - ${body}`), { value: '2026-10-14', source: 'dateline' });
    assert.deepEqual(dated(`PARIS, Oct 14, 2025 (AFP) - ${body}`), { value: '2025-10-14', source: 'dateline' });
    assert.deepEqual(dated(`JOHANNESBURG, August 7 (Xinhua) --\n\n${body}`), { value: '2026-08-07', source: 'dateline' });
    assert.deepEqual(dated(`NEWARK, N.J., Oct. 14 (UPI) -- ${body}`), { value: '2026-10-14', source: 'dateline' });
    assert.deepEqual(dated(`**WASHINGTON, OCT. 14 (Reuters) -** ${body}`), { value: '2026-10-14', source: 'dateline' });
  });
  it('reads the press-release wires: PR Newswire, Business Wire, GlobeNewswire, Accesswire', () => {
    assert.deepEqual(dated(`Oct. 14, 2025 /PRNewswire/ -- ${body}`), { value: '2025-10-14', source: 'dateline' });
    assert.deepEqual(dated(`NEW YORK, Oct. 14, 2025 /PRNewswire/ -- ${body}`), { value: '2025-10-14', source: 'dateline' });
    assert.deepEqual(dated(`SAN FRANCISCO--(BUSINESS WIRE)--Oct. 14, 2025-- ${body}`), { value: '2025-10-14', source: 'dateline' });
    assert.deepEqual(dated(`TORONTO, Oct. 14, 2025 (GLOBE NEWSWIRE) -- ${body}`), { value: '2025-10-14', source: 'dateline' });
    assert.deepEqual(dated(`NEW YORK, NY / ACCESSWIRE / October 14, 2025 / ${body}`), { value: '2025-10-14', source: 'dateline' });
  });
  it('reads a place in capitals with an ISO date below a headline, as old Reuters copy has it', () => {
    assert.deepEqual(dated(`CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nLONDON 1996-08-30\n${body}`), { value: '1996-08-30', source: 'dateline' });
    assert.deepEqual(dated(`AL-AIN, United Arab Emirates 1996-12-06\n${body}`), { value: '1996-12-06', source: 'dateline' });
  });
  it('takes no date from a dateline without one, and reads nothing below a dateline as the article\'s date', () => {
    assert.equal(dated(`LONDON (AP) — ${body}`).source, 'today');
    assert.equal(dated(`(Bloomberg) -- ${body}`).source, 'today');
    assert.equal(dated(`NAIROBI, Kenya (AP) _\n\n${body}\nPublished 14 October 2025`).source, 'today');
    assert.equal(dated(`MOSCOW (AP)_ ${body}\nOctober 14, 2025`).source, 'today');
  });
  it('gives a dateline without a year the year of the "Updated" date, and prefers a full byline date to it', () => {
    assert.deepEqual(dated(`Headline\nUpdated 2025-10-20\nWASHINGTON, Oct 14 (Reuters) - ${body}`), { value: '2025-10-14', source: 'dateline' });
    assert.deepEqual(dated(`Headline\nPublished 14 October 2024\nWASHINGTON, Oct 14 (Reuters) - ${body}`), { value: '2024-10-14', source: 'byline' });
  });
  it('prefers a dateline with its year to a "Date:" line, and front matter to both', () => {
    assert.deepEqual(dated(`Headline\nDate: 2026-03-11\n\nGENEVA, March 12, 2026 (Reuters) - ${body}`), { value: '2026-03-12', source: 'dateline' });
    assert.deepEqual(dated(`---\ndate: 2026-03-10\n---\nGENEVA, March 12, 2026 (Reuters) - ${body}`), { value: '2026-03-10', source: 'front-matter' });
  });
});
