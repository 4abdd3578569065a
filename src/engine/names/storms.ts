// A named storm is not a person, a place or an organization: "Storm Ingrid", "Hurricane Katrina", "Typhoon Haiyan".
// The tagger reads an unseen storm's given name as any of the three, or as nothing at its first mention and a person
// later; the corpora tag storms as events (OntoNotes) or MISC (CoNLL), never as names of those kinds.
import { cachedByLine } from '../text/lineCache';
import type { PlacedLine } from '../text/lines';
import type { NameMention } from './nameMention';

/** The words that name a storm when a capitalised name follows ("Tropical Storm Alberto", "Superstorm Sandy"). */
const STORM = String.raw`(?:Hurricane|Typhoon|(?:Super\s+)?Cyclone|(?:(?:Tropical|Winter|Subtropical)\s+)?Storm|Superstorm|Tropical\s+Depression)`;
/** A storm's word and the name after it, in a line; not an institution named after storms ("Hurricane Center"). */
const NAMED_STORM = new RegExp(String.raw`(?<![\p{L}])${STORM}[ \t]+(?!(?:Center|Centre|Hunters?|Season|Warning|Watch|Research|Relief|Fund|Recovery|Service|Program|Programme|Agency|Project|Names?)\b)(\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])`, 'gu');
/** A storm's word opening a person's mention, and its name after it. */
const OPENS_WITH_STORM = new RegExp(String.raw`^${STORM}\s+(\p{Lu}[\p{L}'’-]*)$`, 'u');

/** The storms a line names, kept with the line. */
const stormsOfLine = cachedByLine((line): string[] => [...line.text.matchAll(NAMED_STORM)].map((match) => match[1]));

/** Speech right after a mention ("Reid said") or right before it ("said Reid"): storms do not speak, people do. */
const SPEECH_AFTER = /^,?\s+(?:said|says|told|tells|added|adds|asked|wrote|writes)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|added|asked)\s+$/;

/** The last word of each person the article has speak: a storm's name among them is a person's ("Storm Reid said"). */
function speakersOf(text: string, names: readonly NameMention[]): Set<string> {
  const speakers = new Set<string>();
  for (const name of names) {
    if (name.kind !== 'person') continue;
    if (SPEECH_AFTER.test(text.slice(name.end, name.end + 12)) || SPEECH_BEFORE.test(text.slice(Math.max(0, name.start - 8), name.start))) {
      speakers.add(text.slice(name.start, name.end).split(/\s+/).pop()!);
    }
  }
  return speakers;
}

/** The names that are storms' dropped: a storm's name wherever the article writes it alone ("Hurricane Katrina", and
 *  "Katrina killed hundreds" after it), and a person read with the storm's word ("Storm Ingrid"), unless the article
 *  has that name speak (the actor Storm Reid). */
export function withoutStorms(text: string, names: readonly NameMention[], lines: readonly PlacedLine[]): NameMention[] {
  const storms = new Set<string>();
  for (const { line } of lines) for (const storm of stormsOfLine(line)) storms.add(storm);
  if (storms.size === 0) return [...names];
  for (const speaker of speakersOf(text, names)) storms.delete(speaker);
  if (storms.size === 0) return [...names];
  return names.filter((name) => {
    const written = text.slice(name.start, name.end);
    const opening = name.kind === 'person' ? OPENS_WITH_STORM.exec(written) : null;
    return !storms.has(opening ? opening[1] : written);
  });
}
