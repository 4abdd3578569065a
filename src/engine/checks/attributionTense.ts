// `attribution-tense`: "said" and "says" mixed for speech in one draft. Straight news attributes in one tense; the
// draft's majority wins (a tie flags nothing) and the fix writes the verb in it, conjugated by compromise ("tells" →
// "told"). Only attribution counts: a reporting verb right after a person's name or a personal pronoun ("Smith said",
// "she says") or right before a name ("said Smith"), in prose, outside quotation marks. What a report or a sign says
// is not speech, and headlines, written in the present by convention, are not prose.
import { firstAtLeast, firstStartingAt } from '../text/spanSearch';
import type { Mention } from '../types';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';
import type { LanguageTools } from './language';

/** Reporting verbs in both tenses. */
const VERB = /(?<![\p{L}'’-])(says|said|tells|told|adds|added|explains|explained|writes|wrote|notes|noted|recalls|recalled|insists|insisted|argues|argued|warns|warned)(?![\p{L}'’-])/gu;

/** The verbs' past tenses, for the few compromise does not conjugate alone ("noted" it reads as an adjective). */
const PAST_OF: Readonly<Record<string, string>> = {
  says: 'said', tells: 'told', adds: 'added', explains: 'explained', writes: 'wrote', notes: 'noted', recalls: 'recalled',
  insists: 'insisted', argues: 'argued', warns: 'warned',
};
/** Each verb's other tense, both ways. */
const OTHER_TENSE: ReadonlyMap<string, string> = new Map(Object.entries(PAST_OF).flatMap(([present, past]) => [[present, past], [past, present]]));

const PAST = new Set(['said', 'told', 'added', 'explained', 'wrote', 'noted', 'recalled', 'insisted', 'argued', 'warned']);

/** A personal pronoun as a speaker, right before the verb. */
const PRONOUN_BEFORE = /(?<![\p{L}])(?:he|she|they|I|we)[ \t]+$/iu;

interface Attribution {
  start: number;
  verb: string;
  past: boolean;
}

/** The ends of the draft's persons' mentions, in order, for a binary search: no set is built per keystroke. */
function personEnds(mentions: readonly Mention[]): Float64Array {
  let count = 0;
  for (const m of mentions) if (m.kind === 'person') count++;
  const ends = new Float64Array(count);
  let k = 0;
  for (const m of mentions) if (m.kind === 'person') ends[k++] = m.end;
  return ends.sort();
}

/** True when `sorted` holds `value`. */
function holds(sorted: Float64Array, value: number): boolean {
  const at = firstAtLeast(sorted, value);
  return at < sorted.length && sorted[at] === value;
}

/** True when a person's mention starts at `at`: `mentions` are in document order, so the search is binary. */
function personStartsAt(mentions: readonly Mention[], at: number): boolean {
  for (let i = firstStartingAt(mentions, at); i < mentions.length && mentions[i].start === at; i++) if (mentions[i].kind === 'person') return true;
  return false;
}

/** Each reporting verb used as attribution, in order. */
function attributions(draft: DraftText): Attribution[] {
  const { mentions } = draft.analysis;
  const endsAt = personEnds(mentions);
  const found: Attribution[] = [];
  const { text } = draft;
  draft.eachMatch(VERB, (verb, start) => {
    const end = start + verb.length;
    if (!draft.isProse(start) || draft.isQuoted(start)) return;
    // Cheapest first, nothing sliced: a name right after the verb, a name right before it, then a pronoun before it.
    const spacesAfter = blanksFrom(text, end, Math.min(text.length, end + 3));
    const byName = spacesAfter > 0 && personStartsAt(mentions, end + spacesAfter);
    const byNameBefore = [1, 2].some((gap) => start - gap >= 0 && holds(endsAt, start - gap) && blanksFrom(text, start - gap, start) === gap);
    if (byName || byNameBefore || (isBlank(text.charCodeAt(start - 1)) && PRONOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) {
      found.push({ start, verb, past: PAST.has(verb) });
    }
  });
  return found;
}

/** True for a space or a tab. */
const isBlank = (code: number): boolean => code === 32 || code === 9;

/** How many spaces or tabs run from `from`, up to `to`. */
function blanksFrom(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isBlank(text.charCodeAt(at))) at++;
  return at - from;
}

/** Findings for each attribution in the draft's minority tense. */
export function attributionTenseFindings(draft: DraftText, language: LanguageTools): CheckFinding[] {
  const found = attributions(draft);
  const past = found.filter((a) => a.past).length;
  const present = found.length - past;
  if (past === present || Math.min(past, present) === 0) return [];
  const majorityPast = past > present;
  const [majority, minority] = majorityPast ? [past, present] : [present, past];
  return found.filter((a) => a.past !== majorityPast).map((a) => {
    const wanted = language.otherTense(a.verb) ?? OTHER_TENSE.get(a.verb);
    const end = a.start + a.verb.length;
    return {
      rule: 'attribution-tense' as const, start: a.start, end, text: a.verb, severity: 'hint' as const,
      message: `This draft attributes in the ${majorityPast ? 'past' : 'present'} tense (${majority} times, ${minority} in the ${majorityPast ? 'present' : 'past'}).`,
      ...(wanted ? { fixes: [{ title: `Change to "${wanted}"`, edits: [{ start: a.start, end, newText: wanted }] }] } : {}),
    };
  });
}
