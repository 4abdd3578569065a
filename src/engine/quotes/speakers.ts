// Who said it: "X said", "X told", "quoted X as saying", "according to X", "X described ... as “…”".
import type { TextSpan } from '../types';
import { REPORTING_VERBS } from '../names/lexicon';
import { firstStartingAt, startingWithin } from '../text/spanSearch';

/** A person mention the speaker can be chosen from, by its index among all mentions. */
export interface PersonSpan extends TextSpan {
  index: number;
}

const QUOTED_AS_SAYING = /\bquoted\s+([^,.;]{1,60}?)\s+as\s+saying\b/g;
const ACCORDING_TO = /\baccording\s+to\s+/g;
const VERB = /\p{Ll}+/gu;

/** The region that may name the quote's speaker: every sentence the quote touches, in full. */
function attributionRegion(quote: TextSpan, sentences: TextSpan[]): TextSpan {
  let first = Math.max(0, firstStartingAt(sentences, quote.start) - 1);
  while (first < sentences.length && sentences[first].end <= quote.start) first++;
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1].start < quote.end) last++;
  const touched = sentences.slice(first, last + 1).filter((s) => s.start < quote.end && quote.start < s.end);
  return touched.length === 0 ? quote : { start: Math.min(quote.start, touched[0].start), end: Math.max(quote.end, touched[touched.length - 1].end) };
}

/** Persons in the region but outside every quotation. */
function personsOutsideQuotes(region: TextSpan, quotes: TextSpan[], persons: PersonSpan[]): PersonSpan[] {
  return startingWithin(persons, region).filter((p) => p.end <= region.end && !quotes.some((q) => p.start >= q.start && p.end <= q.end));
}

/** How far after a cue ("according to") the person may start, leaving room for a title ("President …"). */
const MAX_TITLE_CHARS = 60;

/** The person a cue pattern points at: the first person starting inside the match or just after it. */
function personAt(pattern: RegExp, text: string, region: TextSpan, persons: PersonSpan[]): PersonSpan | undefined {
  for (const m of text.slice(region.start, region.end).matchAll(pattern)) {
    const from = region.start + m.index;
    const person = persons.find((p) => p.start >= from && p.start <= from + m[0].length + MAX_TITLE_CHARS);
    if (person) return person;
  }
  return undefined;
}

/** The person next to a reporting verb outside the quotes: its subject before it, else the name after it ("said Putin"). */
function personByVerb(text: string, region: TextSpan, quotes: TextSpan[], persons: PersonSpan[]): PersonSpan | undefined {
  for (const m of text.slice(region.start, region.end).matchAll(VERB)) {
    const at = region.start + m.index;
    if (!REPORTING_VERBS.has(m[0]) || quotes.some((q) => at >= q.start && at < q.end)) continue;
    const before = persons.filter((p) => p.end <= at).pop();
    return before ?? persons.find((p) => p.start >= at);
  }
  return undefined;
}

/** True when a quote opens its sentence right after the previous quote's sentence: the same speaker goes on. */
function continuesPrevious(text: string, quote: TextSpan, region: TextSpan, previous: TextSpan | undefined): boolean {
  if (!previous || previous.end > region.start) return false;
  return /^\s*$/.test(text.slice(previous.end, region.start)) && /^\W*$/.test(text.slice(region.start, quote.start));
}

/** For each quote, the index of the person mention who spoke it, where the text says who; -1 otherwise. */
export function findSpeakers(text: string, quotes: TextSpan[], sentences: TextSpan[], persons: PersonSpan[]): number[] {
  let previousRegion: TextSpan | undefined;
  let previousSpeaker = -1;
  return quotes.map((quote) => {
    const region = attributionRegion(quote, sentences);
    const nearbyQuotes = startingWithin(quotes, region);
    const candidates = personsOutsideQuotes(region, nearbyQuotes, persons);
    const speaker = personAt(QUOTED_AS_SAYING, text, region, candidates)
      ?? personAt(ACCORDING_TO, text, region, candidates)
      ?? personByVerb(text, region, nearbyQuotes, candidates);
    const index = speaker?.index ?? (continuesPrevious(text, quote, region, previousRegion) ? previousSpeaker : -1);
    previousRegion = region;
    previousSpeaker = index;
    return index;
  });
}
