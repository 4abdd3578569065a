// A workspace of generated articles for measuring the workspace index at scale: real Reuters prose (the shared
// CoNLL-2003 training split, never copied into the repository) joined into ~800-word `.news` articles, each with a
// headline and a wire dateline, its people renamed with generated names (the same person keeps the same name within
// an article, and a name recurs across a desk's folder, as in a story package), in folders of 20 articles.
// `tsx scripts/workspace-scale/generate.ts DIR [FILES]`; the same arguments always give the same files.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faker } from '@faker-js/faker';
import { corpusDir } from '../eval/paths';
import { rebuildText } from '../eval/rebuild';
import { decodeChunks } from '../eval/readers/iob';
import { splitColumnFile } from '../eval/readers/tokenDocument';

const WORDS = 800;
const PER_FOLDER = 20;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CITIES = ['GENEVA', 'LONDON', 'PARIS', 'BERLIN', 'MADRID', 'ROME', 'OSLO', 'VIENNA', 'WARSAW', 'LISBON', 'DUBLIN', 'ATHENS'];

/** A sentence of the corpus: its tokens with each person's tokens marked by the chunk they belong to. */
interface Sentence {
  tokens: string[];
  people: { first: number; end: number }[];
}

/** The training split's documents, less the tables (results, prices): prose has few numbers. */
function proseDocuments(): Sentence[][] {
  const content = readFileSync(join(corpusDir(), 'conll2003', 'eng.train'), 'utf8');
  return splitColumnFile(content).map((doc) => doc.sentences.map((rows): Sentence => ({
    tokens: rows.map((row) => row[0]),
    people: decodeChunks(rows.map((row) => row[row.length - 1])).filter((chunk) => chunk.type === 'PER'),
  }))).filter((sentences) => {
    const tokens = sentences.flatMap((s) => s.tokens);
    return tokens.length >= 60 && tokens.filter((t) => /\d/.test(t)).length / tokens.length < 0.08;
  });
}

/** A sentence with its people renamed: each corpus name gets a generated one, kept for the article. */
function renamed(sentence: Sentence, names: Map<string, string>, cast: readonly string[]): string[] {
  const tokens = [...sentence.tokens];
  for (const person of [...sentence.people].reverse()) {
    const original = tokens.slice(person.first, person.end).join(' ');
    let name = names.get(original);
    if (!name) {
      const surname = [...names.entries()].find(([key]) => key.split(' ').at(-1) === original)?.[1].split(' ').at(-1);
      name = surname ?? (person.end - person.first > 1 ? faker.helpers.arrayElement(cast) : faker.helpers.arrayElement(cast).split(' ').at(-1)!);
      names.set(original, name);
    }
    tokens.splice(person.first, person.end - person.first, ...name.split(' '));
  }
  return tokens;
}

/** One article of about WORDS words from consecutive documents, starting at `from`. */
function article(documents: Sentence[][], from: number, day: Date, cast: readonly string[]): string {
  const names = new Map<string, string>();
  const paragraphs: string[] = [];
  let words = 0;
  for (let d = from; words < WORDS; d = (d + 1) % documents.length) {
    // The first sentence is the story's slug, the second often its dateline ("BAGHDAD 1996-08-22"): prose only.
    const sentences = documents[d].slice(1).filter((sentence) => !sentence.tokens.some((token) => /^\d{4}-\d{2}-\d{2}$/.test(token)))
      .map((sentence) => renamed(sentence, names, cast));
    for (let i = 0; i < sentences.length && words < WORDS; i += 3) {
      const paragraph = rebuildText(sentences.slice(i, i + 3)).text.replace(/\n/g, ' ');
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
  }
  const headline = rebuildText([documents[from][0].tokens]).text;
  const dateline = `${faker.helpers.arrayElement(CITIES)}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()} (Newsroom) - `;
  return `${headline}\n\n${dateline}${paragraphs.join('\n\n')}\n`;
}

function main(): void {
  const [dir, files = '5000'] = process.argv.slice(2);
  if (!dir) throw new Error('usage: tsx scripts/workspace-scale/generate.ts DIR [FILES]');
  faker.seed(15);
  const documents = proseDocuments();
  rmSync(dir, { recursive: true, force: true });
  const count = Number(files);
  let words = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `desk-${String(Math.floor(i / PER_FOLDER)).padStart(3, '0')}`);
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    // A story package's people: a few names the folder's articles share, and as many of their own.
    const cast = Array.from({ length: 12 }, () => `${faker.person.firstName()} ${faker.person.lastName()}`);
    const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(i / PER_FOLDER)));
    const text = article(documents, (i * 7) % documents.length, day, cast);
    words += text.split(/\s+/).length;
    writeFileSync(join(folder, `story-${String(i % PER_FOLDER).padStart(2, '0')}.news`), text);
  }
  console.log(`${count} articles, ${Math.round(words / count)} words each on average, from ${documents.length} CoNLL-2003 documents, in ${dir}`);
}

main();
