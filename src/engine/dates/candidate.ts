// The shape date rules produce before overlaps are settled and anchored values are filled in.
import type { DateType, TextSpan } from '../types';
import type { CalendarDay, CalendarUnit } from './calendar';
import type { Tense, TenseScope } from './tense';

/** A date found by a rule: its span, type and value, or what its value still depends on. */
export interface DateCandidate {
  start: number;
  end: number;
  dateType: DateType;
  /** The TIMEX3 value when the rule could resolve it alone. */
  value?: string;
  /** "a month earlier", "three days later": shift the previous date in the sentence (or the article date). `at`: the
   *  granularity the value is written at ("the year-ago quarter": a quarter), the finest anchor it takes, and the unit
   *  `fallback` counts in when the sentence gives no anchor; `fallbackAt`: that granularity for the article date only
   *  ("the same period last year" after "February" is a month, alone the last full quarter). */
  shift?: { unit: CalendarUnit; count: number; fallback?: number; at?: CalendarUnit; fallbackAt?: CalendarUnit };
  /** A time of day ("T14:30", "TMO") to put on the nearest day in the sentence (or the article date). */
  clock?: string;
}

/** What every rule may consult. */
export interface RuleContext {
  text: string;
  sentence: TextSpan;
  article: CalendarDay;
  /** The tense around a span of the sentence (see tense.ts). */
  tenseAt: (start: number, end: number, scope?: TenseScope) => Tense;
}

/** A date rule: a global regular expression over the sentence and a reader for each match. */
export interface DateRule {
  /** A cheap test the sentence must pass before `pattern` runs over it (a word every match contains). */
  cue?: RegExp;
  pattern: RegExp;
  read(match: RegExpExecArray, context: RuleContext, start: number, end: number): Omit<DateCandidate, 'start' | 'end'> | undefined;
}

/** The tense around a span of the sentence; a weekday or month reads it from its reported clause (see tense.ts). */
export function tenseOf(context: RuleContext, start: number, end: number, scope?: TenseScope): Tense {
  return context.tenseAt(start, end, scope);
}

/** Runs rules over the sentence; every match becomes a candidate with offsets into the whole text. */
export function applyRules(rules: readonly DateRule[], context: RuleContext): DateCandidate[] {
  const slice = context.text.slice(context.sentence.start, context.sentence.end);
  const found: DateCandidate[] = [];
  for (const rule of rules) {
    if (rule.cue && !rule.cue.test(slice)) continue;
    for (const match of slice.matchAll(rule.pattern) as IterableIterator<RegExpExecArray>) {
      if (!match[0]) continue;
      const start = context.sentence.start + match.index;
      const end = start + match[0].length;
      const reading = rule.read(match, context, start, end);
      if (reading) found.push({ start, end, ...reading });
    }
  }
  return found;
}
