// Whether a date sits in a past or a future clause, so "said on Friday" looks back and "will meet on Tuesday" ahead.
import type { TextSpan } from '../types';

/** The tense that decides which way an underspecified date ("Friday", "September") is resolved. */
export type Tense = 'past' | 'future';

/** What decided a date's tense: a cue word (with its offset in the text), a forward word before the date ("until"),
 *  or nothing (the default, past). */
export interface TenseDecision {
  tense: Tense;
  by: 'cue' | 'forward' | 'default';
  cue?: string;
  at?: number;
}

const FUTURE_CUE = /\b(?:will|won[’']t|would|shall|should|may|might|going to|expected to|set to|scheduled|plans? to|planned|planning to|intends? to|to be held|upcoming|next(?!\s+to\b)|starts|begins|opens|resumes|kicks off|takes place|convenes|due\b(?!\s+to\s+(?!be\b)))|[’']ll\b/gi;
/** Present verbs that look ahead ("said it expects results in February"): cues for a weekday or month only, as a
 *  quarter a company "expects to report" is one that has ended. */
const CLAUSE_FUTURE_CUE = /\b(?:expects|anticipates|hopes to|aims to|seeks to|(?:is|are) to(?=\s+[a-z]))\b/gi;
const PAST_CUE = /\b(?:said|says|told|was|were|had|has|have|did|took|made|met|went|came|gave|saw|brought|bought|sold|rose|fell|won(?![’']t)|lost|began|became|held|left|led|paid|kept|found|got|ran|thought|spent|sent|struck|fought|built|chose|drew|drove|grew|knew|wrote|spoke|broke|stood|flew|threw|ago|last|earlier|since|[a-z]{3,}ed)\b/g;
const NOT_PAST = /^(?:need|speed|feed|seed|breed|proceed|exceed|succeed|indeed|scheduled|planned|expected|proposed|united)$/i;

/** Words right before a date that look ahead to it ("until Friday", "by February", "as soon as Tuesday", "until 9 a.m.
 *  Tuesday"). */
const FORWARD_BEFORE = /\b(?:until|till|through|by|effective|as soon as|as early as|due(?:\s+(?:back|out))?\s+(?:in|on|by))\s+(?:(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m)(?:\s+[A-Z]{2,4})?|noon|midnight),?\s+)?$/i;

/** "had filed by Wednesday", "until Thursday they had not": a past perfect keeps a deadline in the past. */
const PAST_PERFECT = /\bhad(?:\s+not|n[’']t)?\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b/i;

/** Verbs that report speech: their past tense is the report's, not the tense of the clause they introduce. */
const REPORTING = /^(?:said|says|told|announced|reported|added|stated|noted|predicted|disclosed|indicated|confirmed|warned|explained|insisted|declared|claimed|argued|acknowledged|estimated|forecast|projected|suggested|revealed)$/i;

/** Future cues that schedule ("scheduled", "planned", "expected to", "due"): a past perfect before them looks back. */
const SCHEDULING = /^(?:scheduled|planned|planning to|plans? to|set to|expected to|due|intends? to|going to)$/i;

/** Words between a reporting verb and the date that open the reported clause ("said it", "said that the talks",
 *  "said the talks"): without them the date is the report's own ("said Friday", "told reporters on Friday"). */
const CLAUSE_OPENER = /^\s+(?:that|it|he|she|they|we|I|the|its|his|her|their|this|these)\b/;

/** Where the reported clause stops: "that" or a reporting verb after the date opens another, a semicolon ends it. */
const CLAUSE_END = /\bthat\b|;|\b(?:said|says|told|announced|reported|added)\b/i;

interface Cue {
  at: number;
  word: string;
  tense: Tense;
  /** A cue of a reported clause ("expects"), read only for a weekday or month. */
  clause?: true;
}

/** How a date reads its clause: a weekday or month by its reported clause ("said it expects … in February"), any
 *  other period (a quarter, a season) by the nearest cue alone. */
export type TenseScope = 'clause' | 'nearest';

/** Word-level cues with their positions in the sentence. */
function cues(sentenceText: string): Cue[] {
  const found: Cue[] = [];
  for (const match of sentenceText.matchAll(FUTURE_CUE)) {
    if (match[0] !== 'May') found.push({ at: match.index, word: match[0], tense: 'future' }); // the month, not the modal
  }
  for (const match of sentenceText.matchAll(CLAUSE_FUTURE_CUE)) found.push({ at: match.index, word: match[0], tense: 'future', clause: true });
  for (const match of sentenceText.matchAll(PAST_CUE)) {
    // "will be held", "could be sold": a participle after "be" is no past tense.
    if (!NOT_PAST.test(match[0]) && !/\b(?:be|being)\s+$/i.test(sentenceText.slice(Math.max(0, match.index - 7), match.index))) found.push({ at: match.index, word: match[0], tense: 'past' });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * "Officials said the talks Tuesday would ...": the date stands in the clause the reporting verb introduces, so the
 * clause's own cue after the date decides, when it has one before the clause ends.
 */
function reportedClauseCue(text: string, found: readonly Cue[], reporting: Cue, start: number, end: number): Cue | undefined {
  if (!CLAUSE_OPENER.test(text.slice(reporting.at + reporting.word.length, start))) return undefined;
  for (const cue of found) {
    if (cue.at < end) continue;
    if (REPORTING.test(cue.word) || CLAUSE_END.test(text.slice(end, cue.at))) return undefined;
    return cue;
  }
  return undefined;
}

/**
 * Reads the tense around a date at `[start, end)` of the sentence and what decided it: the nearest cue before it,
 * else the nearest after it, else past (news reports mostly what happened). Cues are collected once per sentence.
 */
export function tenseDecider(text: string, sentence: TextSpan): (start: number, end: number, scope?: TenseScope) => TenseDecision {
  const every = cues(text.slice(sentence.start, sentence.end)).map((cue) => ({ ...cue, at: cue.at + sentence.start }));
  const nearestOnly = every.filter((cue) => !cue.clause);
  return (start, end, scope = 'nearest') => {
    const found = scope === 'clause' ? every : nearestOnly;
    const near = text.slice(Math.max(sentence.start, start - 48), Math.min(sentence.end, end + 32));
    if (FORWARD_BEFORE.test(text.slice(Math.max(sentence.start, start - 32), start)) && !PAST_PERFECT.test(near)) return { tense: 'future', by: 'forward' };
    let before: Cue | undefined;
    let after: Cue | undefined;
    for (const cue of found) {
      if (cue.at < start) before = cue;
      else if (cue.at >= end) {
        after = cue;
        break;
      }
    }
    let decider = before ?? after;
    if (scope === 'clause' && decider && REPORTING.test(decider.word) && decider.at < start) decider = reportedClauseCue(text, found, decider, start, end) ?? decider;
    if (!decider) return { tense: 'past', by: 'default' };
    // "had been scheduled to expire Friday": the scheduling happened before a past moment, so the date is behind.
    if (SCHEDULING.test(decider.word) && /\bhad(?:\s+not|n[’']t)?\s+(?:(?:been|already|previously|originally|once|long)\s+){0,2}$/i.test(text.slice(Math.max(sentence.start, decider.at - 32), decider.at))) {
      return { tense: 'past', by: 'cue', cue: `had ${decider.word}`, at: decider.at };
    }
    return { tense: decider.tense, by: 'cue', cue: decider.word, at: decider.at };
  };
}

/** The tense alone (see `tenseDecider`). */
export function tenseReader(text: string, sentence: TextSpan): (start: number, end: number, scope?: TenseScope) => Tense {
  const decide = tenseDecider(text, sentence);
  return (start, end, scope) => decide(start, end, scope).tense;
}
