// The benchmark's article: real news from the shared TimeBank/AQUAINT texts, joined until it reaches 10,000 words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripTimemlText } from '../eval/readers/timeml';

const TARGET_WORDS = 10_000;

/** Words as a reader counts them: runs of non-space characters. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** About 10,000 words of news text (whole documents, in file-name order, so every run measures the same text). */
export function buildArticle(corpus: string): string {
  const folder = join(corpus, 'timeml', 'timebank');
  const parts: string[] = [];
  let words = 0;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.tml')).sort()) {
    const text = stripTimemlText(readFileSync(join(folder, file), 'utf8')).text.trim();
    parts.push(text);
    words += wordCount(text);
    if (words >= TARGET_WORDS) break;
  }
  if (words < TARGET_WORDS) throw new Error(`only ${words} words of news found under ${folder}`);
  return parts.join('\n\n');
}
