// What a correction is, once read from a corrections file (src/corrections/ reads and checks the file): plain data the
// analysis takes with its options, so the worker, the CLI and every view see one corrected analysis.
import type { FactKind } from '../types';

/** The kinds a correction can give a name. */
export type NamedKind = 'person' | 'organization' | 'place';

/**
 * One editor's correction of the taggers, for every mention of `name` in every article. Exactly one of `kind`, `not`
 * and `sameAs` is set:
 * - `kind`: the name is a person, an organization or a place ("This is an organization"), or no fact at all
 *   (`'not-a-fact'`);
 * - `not`: the name is not of that kind ("Not a person"): dropped where the taggers give it that kind, kept elsewhere;
 * - `sameAs`: the name is another name of this one ("Jon Smyth" is "John Smyth"): its mentions join that entity.
 * Names are matched ignoring case, accents, punctuation and a leading "the".
 */
export interface Correction {
  name: string;
  kind?: NamedKind | 'not-a-fact';
  not?: Exclude<FactKind, 'quote'>;
  sameAs?: string;
}

/** What corrections changed about an entity, for the hover card ("Kind set by a correction"). */
export interface EntityCorrection {
  /** Its kind was set by a correction. */
  kind?: boolean;
  /** Other names joined to it by "same as" corrections, as the articles write them. */
  merged?: string[];
  /** How many of its mentions the taggers missed and a correction's name found. */
  added?: number;
}
