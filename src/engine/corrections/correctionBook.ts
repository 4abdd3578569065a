// Corrections looked up by name: the kind or "same as" set for a name, the kinds it is not, and where a chain of
// "same as" corrections ends. Built once per set of corrections (the worker gets the same set with every request).
import { cachedByText } from '../text/textCache';
import type { FactKind } from '../types';
import type { Correction } from './correction';

/** "Same as" chains are followed this far at most (the file checker refuses cycles; this keeps a bad set finite). */
const MAX_CHAIN = 16;

/** Where a name's "same as" corrections lead: the key and wording of the name it is another name of. */
export interface SameAsTarget {
  key: string;
  name: string;
}

/** The corrections of one file, by the key of their names. */
export interface CorrectionBook {
  /** The kind (or 'not-a-fact') a correction sets for the name with this key. */
  kindOf(key: string): Correction['kind'];
  /** True when a correction says the name is not of this kind. */
  isNot(key: string, kind: FactKind): boolean;
  /** The end of the name's "same as" chain; undefined when no correction joins it to another name. */
  sameAs(key: string): SameAsTarget | undefined;
  /** The corrections that give a name a kind: their names are looked for where the taggers missed them. */
  readonly kindNames: readonly Correction[];
}

/** The comparison key of a correction's name and of an entity's name: case, accents, punctuation and a leading "the"
 *  ignored, letters of every script kept ("Путин" is not "Jon"). src/corrections/correctionsFile.ts compares the
 *  same way (test/unit/corrections checks that they agree). */
export const correctionKey = cachedByText((name) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/^\s*the\s+(?=\S)/u, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

/** Indexes the corrections; the last of two for one name wins (the file checker reports such repeats). */
export function correctionBook(corrections: readonly Correction[]): CorrectionBook {
  const kinds = new Map<string, Correction['kind']>();
  const links = new Map<string, Correction>();
  const nots = new Set<string>();
  const kindNames = new Map<string, Correction>();
  for (const correction of corrections) {
    const key = correctionKey(correction.name);
    if (correction.kind) {
      kinds.set(key, correction.kind);
      links.delete(key);
      if (correction.kind !== 'not-a-fact') kindNames.set(key, correction);
      else kindNames.delete(key);
    } else if (correction.sameAs !== undefined) {
      links.set(key, correction);
      kinds.delete(key);
      kindNames.delete(key);
    } else if (correction.not) {
      nots.add(`${key}|${correction.not}`);
    }
  }
  return {
    kindOf: (key) => kinds.get(key),
    isNot: (key, kind) => nots.has(`${key}|${kind}`),
    sameAs: (key) => chainEnd(links, key),
    kindNames: [...kindNames.values()],
  };
}

/** Follows "same as" links from `key` to the last name (a cycle stops where it would repeat). */
function chainEnd(links: Map<string, Correction>, key: string): SameAsTarget | undefined {
  let target: SameAsTarget | undefined;
  const seen = new Set([key]);
  for (let link = links.get(key), step = 0; link?.sameAs !== undefined && step < MAX_CHAIN; step++) {
    const next = correctionKey(link.sameAs);
    if (seen.has(next)) break;
    seen.add(next);
    target = { key: next, name: link.sameAs };
    link = links.get(next);
  }
  return target;
}
