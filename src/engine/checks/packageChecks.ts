// The checks across a story package: the articles of one folder (main story, sidebar, explainer, follow-ups), read
// from their workspace-index entries. `name-variant` finds a name spelt one way in one article and another way in
// another ("Mishustin" … "Mishustine"), comparing names exactly as the draft check does; `person-details` a person
// whose title or age differs between articles. Pairs inside one article are the draft check's to judge.
import type { ArticleEntry, IndexedEntity } from '../workspace/articleEntry';
import type { CheckSeverity } from './finding';
import { spellingVariant } from './nameVariant';

/** The rules that look across a package's articles. */
export type PackageRule = 'name-variant' | 'person-details';

/** A place in one article of the package: UTF-16 offsets into that article's text. */
export interface PackagePlace {
  path: string;
  start: number;
  end: number;
}

/** One finding across articles: where it is (the later spelling or detail), and where the other article has it. */
export interface PackageFinding extends PackagePlace {
  rule: PackageRule;
  message: string;
  severity: CheckSeverity;
  related: (PackagePlace & { message: string })[];
  /** name-variant: the spelling kept and the one flagged ("Mishustin", "Mishustine"), for "different people". */
  spellings?: [string, string];
}

/** What a package check run is told (plain data, so it crosses to the worker). */
export interface PackageCheckSettings {
  rules?: Partial<Record<PackageRule, boolean>>;
  /** Spellings an editor said are two names ("These are different people"). */
  differentNames?: readonly (readonly [string, string])[];
}

/** An entity in one article of the package. */
interface Use {
  entry: ArticleEntry;
  entity: IndexedEntity;
  /** The article's place in the package's order (by article date, then path). */
  order: number;
}

/** The findings of the package's articles: one spelling per name, one title and age per person. */
export function packageFindings(entries: readonly ArticleEntry[], settings: PackageCheckSettings = {}): PackageFinding[] {
  const ordered = [...entries].sort((a, b) => a.articleDate.value.localeCompare(b.articleDate.value) || a.path.localeCompare(b.path));
  const uses: Use[] = ordered.flatMap((entry, order) => entry.entities.map((entity) => ({ entry, entity, order })));
  const on = (rule: PackageRule) => settings.rules?.[rule] ?? true;
  return [
    ...(on('name-variant') ? nameVariants(uses, settings.differentNames ?? []) : []),
    ...(on('person-details') ? personDetails(uses) : []),
  ].sort((a, b) => a.path.localeCompare(b.path) || a.start - b.start);
}

/** The first mention of an entity in its article. */
const placeOf = ({ entry, entity }: Use): PackagePlace => ({ path: entry.path, start: entity.first.start, end: entity.first.end });

/** Names of people and organizations written two ways in two articles: the spelling fewer articles use (on a tie, the
 *  one the package reaches later) is flagged at its first mention in each article that uses it. */
function nameVariants(uses: readonly Use[], differentNames: readonly (readonly [string, string])[]): PackageFinding[] {
  const different = new Set(differentNames.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));
  const findings: PackageFinding[] = [];
  for (const kind of ['person', 'organization'] as const) {
    const byName = groupBy(uses.filter((use) => use.entity.kind === kind), (use) => use.entity.name);
    const names = [...byName.keys()];
    for (const [i, j] of comparableNames(names)) {
      const variant = spellingVariant(names[i], names[j]);
      if (!variant || different.has(`${variant.a}\u0000${variant.b}`)) continue;
      const [a, b] = [byName.get(names[i])!, byName.get(names[j])!];
      const articlesOfA = new Set(a.map((use) => use.entry.path));
      if (b.some((use) => articlesOfA.has(use.entry.path))) continue; // both in one article: the draft check's call
      const aFirst = a.length > b.length || (a.length === b.length && a[0].order < b[0].order);
      const [kept, flagged, keptWord, flaggedWord] = aFirst ? [a, b, variant.a, variant.b] : [b, a, variant.b, variant.a];
      const reference = kept[0];
      for (const use of flagged) {
        findings.push({
          rule: 'name-variant', ...placeOf(use), severity: 'information', spellings: [keptWord, flaggedWord],
          message: `"${flaggedWord}" here, "${keptWord}" in ${reference.entry.path} (${reference.entity.name}): one ${kind} spelt two ways across the package?`,
          related: [{ ...placeOf(reference), message: `"${reference.entity.name}" in ${reference.entry.path}` }],
        });
      }
    }
  }
  return findings;
}

/** The pairs (i < j) of names whose last words share a first letter and lengths at most two apart: the only names one
 *  slip apart (as the draft check buckets them). */
function comparableNames(names: readonly string[]): [number, number][] {
  const lastWords = names.map((name) => name.split(/\s+/).filter(Boolean).at(-1) ?? '');
  const buckets = groupBy(names.map((_, i) => i).filter((i) => lastWords[i] !== ''), (i) => lastWords[i][0].toLowerCase());
  const pairs: [number, number][] = [];
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        if (Math.abs(lastWords[bucket[x]].length - lastWords[bucket[y]].length) <= 2) pairs.push([bucket[x], bucket[y]]);
      }
    }
  }
  return pairs;
}

/** A person whose title or age in a later article disagrees with the first article that states one. */
function personDetails(uses: readonly Use[]): PackageFinding[] {
  const findings: PackageFinding[] = [];
  for (const people of groupBy(uses.filter((use) => use.entity.kind === 'person'), (use) => use.entity.id).values()) {
    const titled = people.filter((use) => use.entity.role);
    for (const use of titled.slice(1)) {
      const first = titled[0];
      if (rolesAgree(first.entity.role!, use.entity.role!)) continue;
      findings.push(detailFinding(use, first, `${use.entity.name} is "${use.entity.role}" here, "${first.entity.role}" in ${first.entry.path}: the same title in both?`));
    }
    const aged = people.filter((use) => use.entity.age !== undefined);
    for (const use of aged.slice(1)) {
      const first = aged[0];
      const years = yearsBetween(first.entry.articleDate.value, use.entry.articleDate.value);
      if (years === undefined || Math.abs(use.entity.age! - first.entity.age! - years) < 1) continue;
      findings.push(detailFinding(use, first, `${use.entity.name} is ${use.entity.age} here and ${first.entity.age} in ${first.entry.path} (dated ${first.entry.articleDate.value}): is one age wrong?`));
    }
  }
  return findings;
}

function detailFinding(use: Use, first: Use, message: string): PackageFinding {
  return {
    rule: 'person-details', ...placeOf(use), severity: 'hint', message,
    related: [{ ...placeOf(first), message: `${first.entity.name} in ${first.entry.path}` }],
  };
}

/** The words of a title, lower case, without articles and punctuation. */
const titleWords = (role: string): string[] => role.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((word) => word && !['the', 'a', 'an', 'of'].includes(word));

/** Two titles agree when one says all the other does ("Prime Minister" and "Russian Prime Minister"). */
export function rolesAgree(a: string, b: string): boolean {
  const [x, y] = [titleWords(a), titleWords(b)];
  const within = (inner: string[], outer: string[]) => inner.every((word) => outer.includes(word));
  return within(x, y) || within(y, x);
}

/** Years (fractional) from one calendar date "YYYY-MM-DD" to another. */
function yearsBetween(from: string, to: string): number | undefined {
  const [a, b] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)];
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : (b - a) / (365.25 * 86_400_000);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
