// "The glaciers that feed the Rhone": a river, a mountain range or a sea is a place, whatever the tagger, which reads
// one sentence and knows few rivers, makes of it.
import { NATURAL_PLACES } from './gazetteer';
import type { NameMention } from './nameMention';

/** Makes a place of every name that is a known river, mountain, sea or desert (a "the" before it allowed). */
export function applyNaturalPlaces(text: string, names: NameMention[]): void {
  for (const name of names) {
    if (name.kind !== 'place' && NATURAL_PLACES.has(text.slice(name.start, name.end).replace(/^the\s+/i, ''))) name.kind = 'place';
  }
}
