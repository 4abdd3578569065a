// Reads the seed article from the shared folder (never copied into the repository) and its expected annotation.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDir } from '../../../../scripts/shared.mjs';

/** One expected name: kind, exact text, how many mentions have exactly that text, and what they share. */
export interface ExpectedName {
  kind: string;
  text: string;
  count: number;
  role?: string;
  entity: string;
}

/** One expected quote, by its first and last words. */
export interface ExpectedQuote {
  startsWith: string;
  endsWith: string;
  speaker?: string;
}

/** The seed annotation in test/fixtures/seed-expected.json. */
export interface SeedExpected {
  article: string;
  articleDate: string;
  names: ExpectedName[];
  optionalNames: { kind: string; text: string }[];
  quotes: ExpectedQuote[];
}

const repoRoot = resolve(__dirname, '../../../..');

/** The expected annotation of the seed article. */
export function seedExpected(): SeedExpected {
  return JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/seed-expected.json'), 'utf8')) as SeedExpected;
}

/** The seed article's text. */
export function seedText(): string {
  return readFileSync(join(sharedDir(), seedExpected().article), 'utf8');
}
