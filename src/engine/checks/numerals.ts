// `numerals`: house style for numbers. AP (the default) spells out one to nine and uses figures for 10 and up;
// Chicago spells out one to one hundred. Both keep figures where AP makes exceptions (ages, percentages, money,
// dimensions, dates, times, scores, addresses, identifiers such as "No. 3" or "Route 9") and spell out a number that
// opens a sentence. Figures in tables, results and lists are left alone: only prose sentences are read. compromise
// writes the numbers both ways ("9" ↔ "nine", "twenty-five").
import type { Mention } from '../types';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';
import type { LanguageTools } from './language';

/** Which house style the numbers follow. */
export type NumeralStyle = 'ap' | 'chicago' | 'off';

/** The largest number each style spells out. */
const SPELLED_UP_TO: Record<Exclude<NumeralStyle, 'off'>, number> = { ap: 9, chicago: 100 };

/** Before a number: an identifier it belongs to ("No. 3", "Route 9", "Chapter 3", "page 4", "Apollo 9"). */
const IDENTIFIER_BEFORE = /(?:\b(?:No|no|Nos|nos|p|pp)\.|\b(?:number|page|pages|chapter|article|section|room|gate|platform|flight|game|round|heat|stage|lane|seat|level|grade|category|class|step|phase)|\p{Lu}[\p{L}.]*)[ \t]+$/u;
/** After a number: what keeps it in figures (a scale word, a unit, a time, a range or score, an address). */
const FIGURES_AFTER = /^(?:[-–—/:.,]\d|[-–—]|[ \t]*(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b|a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b|[-–]year|[ \t]+\p{Lu})|[ \t]+(?:to|or|and|in|of)[ \t]+\d)/u;
/** Before a number: what makes it a range, score or age ("2-", "aged ", "age "), or a decimal's other half. */
const FIGURES_BEFORE = /(?:[-–—/:.,]|\b(?:aged?|ages|to|from|between|out of|score|scored|won|lost|beat|by|at|No)[ \t]+|\d[ \t]+(?:to|or|and|in)[ \t]+)$/u;

/** Number words as they open an age ("a five-year-old", "five-month-old"): ages are always figures in AP. */
const WORD_AGE = /(?<![\p{L}-])((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?=-(?:year|month|week|day)s?-old\b)/giu;

/** Digit groups in a sentence past which it is a table row or a results line, not prose. */
const MAX_FIGURES_IN_SENTENCE = 4;

const capitalisedFirst = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** A finding with one replacing fix. */
function rewrite(start: number, written: string, wanted: string, message: string): CheckFinding {
  return {
    rule: 'numerals', start, end: start + written.length, text: written, severity: 'information', message,
    fixes: [{ title: `Change to "${wanted}"`, edits: [{ start, end: start + written.length, newText: wanted }] }],
  };
}

/** The sentence spans of the draft, and a finder of the one an offset is in. */
function sentenceFinder(sentences: readonly { start: number; end: number }[]): (at: number) => { start: number; end: number } | undefined {
  return (at) => {
    let lo = 0, hi = sentences.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid].end <= at) lo = mid + 1; else hi = mid; }
    return lo < sentences.length && sentences[lo].start <= at ? sentences[lo] : undefined;
  };
}

/** True when the number stands where house style applies: prose, not a crowded results line, not an identifier. */
function isProseNumber(draft: DraftText, figure: Mention, sentence: { start: number; end: number } | undefined): boolean {
  if (!sentence || !draft.isProse(figure.start)) return false;
  const words = draft.text.slice(sentence.start, sentence.end);
  return (words.match(/\d+/g) ?? []).length <= MAX_FIGURES_IN_SENTENCE;
}

/** Findings for numbers written against the house style. */
export function numeralsFindings(draft: DraftText, sentences: readonly { start: number; end: number }[], style: NumeralStyle, language: LanguageTools): CheckFinding[] {
  if (style === 'off') return [];
  const upTo = SPELLED_UP_TO[style];
  const { text } = draft;
  const sentenceAt = sentenceFinder(sentences);
  const findings: CheckFinding[] = [];
  for (const figure of draft.analysis.mentions) {
    if (figure.kind !== 'figure' || (figure.figureType !== 'number' && figure.figureType !== 'percent')) continue;
    const sentence = sentenceAt(figure.start);
    if (!isProseNumber(draft, figure, sentence)) continue;
    const opens = sentence !== undefined && /^["“‘(]?$/.test(text.slice(sentence.start, figure.start).trim());
    const before = text.slice(Math.max(0, figure.start - 24), figure.start);
    const after = text.slice(figure.end, figure.end + 12);
    const digits = /^\d{1,3}$/.exec(figure.text);
    const value = typeof figure.value === 'number' ? figure.value : NaN;
    if (figure.figureType === 'number' && digits && opens && value >= 1 && value <= 99) {
      const words = language.numberInWords(value);
      if (words) findings.push(rewrite(figure.start, figure.text, capitalisedFirst(words), 'A number that opens a sentence is spelled out.'));
      continue;
    }
    if (figure.figureType === 'number' && digits && value >= 1 && value <= upTo && !opens) {
      if (IDENTIFIER_BEFORE.test(before) || FIGURES_BEFORE.test(before) || FIGURES_AFTER.test(after)) continue;
      const words = language.numberInWords(value);
      if (words) findings.push(rewrite(figure.start, figure.text, words, `House style (${style === 'ap' ? 'AP' : 'Chicago'}) spells out numbers up to ${upTo === 9 ? 'nine' : 'one hundred'}.`));
      continue;
    }
    // Number words AP writes in figures: 10 and up, and every percentage.
    if (style !== 'ap' || opens || !/^\p{Ll}[\p{Ll}-]*$/u.test(figure.text.split(/\s+/)[0])) continue;
    const wordsOnly = figure.figureType === 'percent' ? /^([\p{Ll}-]+)[ \t]+(?:percent|per cent)$/u.exec(figure.text)?.[1] : /^[\p{Ll}-]+$/u.test(figure.text) ? figure.text : undefined;
    const worded = wordsOnly === undefined ? undefined : language.valueOfWords(wordsOnly);
    if (wordsOnly === undefined || worded === undefined || !Number.isInteger(worded)) continue;
    if (figure.figureType === 'percent' && worded >= 1) {
      findings.push(rewrite(figure.start, wordsOnly, String(worded), 'AP writes percentages in figures.'));
    } else if (worded >= 10 && worded <= 99 && !/^[ \t]*(?:hundred|thousand|million|billion)/.test(after) && !/-$/.test(before) && !/^-/.test(after)) {
      findings.push(rewrite(figure.start, wordsOnly, String(worded), 'House style (AP) uses figures for 10 and up.'));
    }
  }
  if (style === 'ap') {
    for (const match of text.matchAll(WORD_AGE)) {
      const value = language.valueOfWords(match[1]);
      if (value === undefined || !draft.isProse(match.index) || draft.isQuoted(match.index)) continue;
      findings.push(rewrite(match.index, match[1], String(value), 'AP gives ages in figures: "a 5-year-old".'));
    }
  }
  return findings;
}
