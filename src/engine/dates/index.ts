// Dates and figures of one sentence, as mentions: the engine step the orchestrator calls per sentence.
import { findFigures } from '../figures';
import type { Mention, TextSpan } from '../types';
import { parseIsoDay } from './calendar';
import type { DateCandidate, RuleContext } from './candidate';
import { joinClockAndDay, longestWithoutOverlap, resolveDependentValues } from './finalize';
import { findCalendarDates } from './rules/calendarRules';
import { findDurations } from './rules/durationRules';
import { findEras } from './rules/eraRules';
import { findPeriods } from './rules/periodRules';
import { findRelativeDates } from './rules/relativeRules';
import { findTimes } from './rules/timeRules';
import { trimSpan } from './spans';
import { tenseReader } from './tense';

/** Every date in the sentence as a mention with a TIMEX3 value resolved against `articleDate` ("YYYY-MM-DD"). */
export function findDates(text: string, sentence: TextSpan, articleDate: string): Mention[] {
  const article = parseIsoDay(articleDate);
  if (!article) throw new RangeError(`article date must be a valid YYYY-MM-DD date, got "${articleDate}"`);
  const span = clampSpan(sentence, text.length);
  const context: RuleContext = { text, sentence: span, article, tenseAt: tenseReader(text, span) };
  const candidates: DateCandidate[] = [...findCalendarDates(context), ...findPeriods(context), ...findEras(context), ...findRelativeDates(context), ...findDurations(context), ...findTimes(context)];
  const settled = joinClockAndDay(resolveDependentValues(longestWithoutOverlap(candidates), article), text);
  return settled.flatMap((candidate) => toMention(text, withApproximator(text, withPeriodEdge(text, withDeterminer(text, candidate, span), span), span)));
}

/** Dates and figures of one sentence, a figure inside a date ("2024" in "August 2024", "two" in "two-day") dropped. */
export function findDatesAndFigures(text: string, sentence: TextSpan, articleDate: string): Mention[] {
  const dates = findDates(text, sentence, articleDate);
  const figures = longestWithoutOverlap(findFigures(text, clampSpan(sentence, text.length)).flatMap((figure) => cleanFigure(text, figure)));
  return longestWithoutOverlap([...dates, ...figures], (mention) => (mention.kind === 'date' ? 1 : 0));
}

function clampSpan(sentence: TextSpan, length: number): TextSpan {
  const start = Math.max(0, Math.min(sentence.start, length));
  return { start, end: Math.max(start, Math.min(sentence.end, length)) };
}

/**
 * TimeML keeps "the" in "the third quarter", "the past two years", "the weekend", "the 1990s", "the following day";
 * not in front of a named date ("the March vote") or a hyphenated duration ("the two-day visit").
 */
function withDeterminer(text: string, candidate: DateCandidate, sentence: TextSpan): DateCandidate {
  const before = /\bthe\s+$/i.exec(text.slice(Math.max(sentence.start, candidate.start - 6), candidate.start));
  const written = text.slice(candidate.start, candidate.end);
  if (!before || /^the\b/i.test(written) || /^\S+-\S+$/.test(written)) return candidate;
  const periodic = /-(?:Q\d|H\d|WE)$|^\d{2,3}$/.test(candidate.value ?? '') || (candidate.shift !== undefined && !/^(?:a|an|one)\s/i.test(written));
  const duration = candidate.dateType === 'duration';
  return periodic || duration ? { ...candidate, start: candidate.start - before[0].length } : candidate;
}

/** "the end of 1990", "the beginning of October", "the middle of this year": TimeML keeps the part of the period in
 *  the date's extent (its value is the period's, with a modifier TimeML writes apart). */
function withPeriodEdge(text: string, candidate: DateCandidate, sentence: TextSpan): DateCandidate {
  if (candidate.dateType !== 'date') return candidate;
  const before = /\bthe\s+(?:very\s+)?(?:end|beginning|start|middle|turn)\s+of\s+$/i.exec(text.slice(Math.max(sentence.start, candidate.start - 30), candidate.start));
  return before ? { ...candidate, start: candidate.start - before[0].length } : candidate;
}

/** Words that bound an amount of time; TimeML keeps them in the extent ("nearly two years", "at least 30 days", "a mere
 *  week", "almost four years ago"). "over" only where it means "more than", after a preposition or a verb of lasting
 *  ("in over a decade", "lasted over a week"; not "evolved over several years"), and never before "the past". */
const APPROXIMATOR = /\b(?:nearly|almost|about|around|roughly|approximately|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|a\s+mere|(?<=\b(?:in|for|of|after|within|just|last|lasts|lasted|lasting|take|takes|took|taking)\s+)(over))\s+$/i;

function withApproximator(text: string, candidate: DateCandidate, sentence: TextSpan): DateCandidate {
  const written = text.slice(candidate.start, candidate.end);
  const counted = candidate.dateType === 'duration' || (candidate.dateType === 'date' && /\bago$/i.test(written));
  const before = counted ? APPROXIMATOR.exec(text.slice(Math.max(sentence.start, candidate.start - 28), candidate.start)) : null;
  if (!before || (before[1] && /^the\b/i.test(written))) return candidate;
  return { ...candidate, start: candidate.start - before[0].length };
}

function toMention(text: string, candidate: DateCandidate): Mention[] {
  const span = trimSpan(text, candidate.start, candidate.end);
  if (!span || !candidate.value) return [];
  return [{ kind: 'date', start: span.start, end: span.end, text: text.slice(span.start, span.end), dateType: candidate.dateType, value: candidate.value }];
}

function cleanFigure(text: string, figure: Mention): Mention[] {
  const span = trimSpan(text, figure.start, figure.end);
  return span ? [{ ...figure, start: span.start, end: span.end, text: text.slice(span.start, span.end) }] : [];
}
