// Reads the seed article from the shared folder (never copied into the repository); its expected facts are in
// test/fixtures/seed-article.json (test/fixtures/seedArticle.ts). Call needsShared first: the folder may be absent.
import { readFileSync } from 'node:fs';
import { seedArticlePath } from '../../../../scripts/shared.mjs';

/** The seed article's text. */
export function seedText(): string {
  return readFileSync(seedArticlePath(), 'utf8');
}
