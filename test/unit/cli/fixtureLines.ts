// JSON lines for the --jobs tests, from the repository's own articles so they always run: the sample article, the
// workspace fixtures, and variations of very different lengths (a long one first, empty text, CRLF, non-Latin text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './runInProcess';

const ARTICLES = ['examples/sample-article.news', 'test/fixtures/workspace/checks-draft.news', 'test/fixtures/workspace/match-report.news',
  'test/fixtures/workspace/notes.md', 'test/fixtures/workspace/plain.txt'];

/** The fixture articles' texts, by path. */
export function fixtureArticles(): { id: string; text: string }[] {
  return ARTICLES.map((path) => ({ id: path, text: readFileSync(join(REPO_ROOT, path), 'utf8') }));
}

/** One JSONL input of 27 records: a long article (the sample, 6 times) first, then short and long ones mixed. */
export function fixtureJsonl(): string {
  const articles = fixtureArticles();
  const sample = articles[0].text;
  const records: object[] = [{ id: 'long', text: Array(6).fill(sample).join('\n\n'), date: '2026-03-12' }];
  articles.forEach(({ id, text }, i) => {
    records.push({ id, text, ...(i % 2 ? { date: '2025-11-03' } : {}) }, { id: i, text: text.slice(0, 80) });
    if (i === 1) records.push({ id: `${id}#crlf`, text: text.replace(/\n/g, '\r\n') });
  });
  records.push({ id: 'empty', text: '' }, { id: 'cyrillic', text: 'Михаил Мишустин встретился с Ли Цяном в Пекине в понедельник. «Мы согласны», — сказал он.' });
  records.push({ id: 'emoji', text: 'Sophie Marchetti 🎉 said "We agree." in Geneva on 4 March 2026.' });
  for (let i = 0; i < 12; i++) records.push({ id: `short-${i}`, text: `Minister Anna Keller visited Bern on Monday ${i}.` });
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}
