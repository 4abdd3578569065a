// `attribution-tense`: "said" and "says" mixed for speech in one draft. Straight news attributes in one tense; the
// draft's majority wins (a tie flags nothing) and the fix writes the verb in it, conjugated by compromise ("tells" →
// "told"). Only attribution counts: a reporting verb right after a person's name or a personal pronoun ("Smith said",
// "she says") or right before a name ("said Smith"), in prose, outside quotation marks. What a report or a sign says
// is not speech, and headlines, written in the present by convention, are not prose.
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

/** Each reporting verb used as attribution, in order. */
function attributions(draft: DraftText): Attribution[] {
  const people = draft.analysis.mentions.filter((m: Mention) => m.kind === 'person');
  const endsAt = new Set(people.map((m) => m.end));
  const startsAt = new Set(people.map((m) => m.start));
  const found: Attribution[] = [];
  for (const match of draft.matches(VERB)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!draft.isProse(start) || draft.isQuoted(start)) continue;
    const before = draft.text.slice(Math.max(0, start - 12), start);
    const after = /^[ \t]+/.exec(draft.text.slice(end, end + 3));
    const bySubject = PRONOUN_BEFORE.test(before) || [1, 2].some((gap) => endsAt.has(start - gap) && /^[ \t]+$/.test(draft.text.slice(start - gap, start)));
    const byName = after !== null && startsAt.has(end + after[0].length);
    if (bySubject || byName) found.push({ start, verb: match[0], past: PAST.has(match[0]) });
  }
  return found;
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
