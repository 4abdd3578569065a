// "The glaciers that feed the Rhone": a river, a mountain range or a sea is a place, whatever the tagger, which reads
// one sentence and knows few rivers, makes of it.
import { NATURAL_PLACES } from './gazetteer';
import { cachedByText } from '../text/textCache';
import type { NameMention } from './nameMention';

/** True for a known river, mountain, sea or desert, a "the" before it allowed; kept by name. */
const isNaturalPlace = cachedByText((written) => NATURAL_PLACES.has(written.replace(/^the\s+/i, '')));

/** Makes a place of every name that is a known river, mountain, sea or desert (a "the" before it allowed). */
export function applyNaturalPlaces(text: string, names: NameMention[]): void {
  for (const name of names) {
    if (name.kind !== 'place' && isNaturalPlace(text.slice(name.start, name.end))) name.kind = 'place';
  }
}
