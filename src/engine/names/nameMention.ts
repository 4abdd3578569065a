// The shape every name rule produces before names are merged, grouped and given entity ids.
import type { TextSpan } from '../types';

/** The kinds a name can have. */
export type NameKind = 'person' | 'organization' | 'place';

/** A name found in the text: its span, its kind and, for a titled person, the title as written. */
export interface NameMention extends TextSpan {
  kind: NameKind;
  role?: string;
}

/** True when two spans share at least one character. */
export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
