// `numerals`: house style for numbers. AP (the default) spells out one to nine and uses figures for 10 and up;
// Chicago spells out one to one hundred. Both keep figures where AP makes exceptions (ages, percentages, money,
// dimensions, dates, times, scores, addresses, identifiers such as "No. 3" or "Route 9") and spell out a number that
// opens a sentence. Figures in tables, results and lists are left alone: only prose sentences are read. compromise
// writes the numbers both ways ("9" ↔ "nine", "twenty-five").
import { spanHolding } from '../text/spanSearch';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';
import type { LanguageTools } from './language';

/** Which house style the numbers follow. */
export type NumeralStyle = 'ap' | 'chicago' | 'off';

/** The largest number each style spells out. */
const SPELLED_UP_TO: Record<Exclude<NumeralStyle, 'off'>, number> = { ap: 9, chicago: 100 };

/** Before a number: an identifier it belongs to ("No. 3", "Route 9", "Chapter 3", "page 4", "Apollo 9"). */
const IDENTIFIER_BEFORE = /(?:\b(?:No|no|Nos|nos|p|pp)\.|\b(?:number|page|pages|chapter|article|section|room|gate|platform|flight|game|round|heat|stage|lane|seat|level|grade|category|class|step|phase|version|model|episode|season|volume|track|channel)|\p{Lu}[\p{L}.]*)[ \t]+$/u;
/** After a number: what keeps it in figures (a scale word, a unit, a time, a range or score, a score with spaced
 *  dashes "3 – 2", an address). */
const FIGURES_AFTER = /^(?:[-–—/:.,]\d|[-–—]|[ \t]+[-–—][ \t]*\d|[ \t]*(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b|a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b|[-–]year|[ \t]+\p{Lu})|[ \t]+(?:to|or|and|in|of)[ \t]+\d)/u;
/** Before a number: what makes it a range, score or age ("2-", "aged ", "age "), or a decimal's other half. */
const FIGURES_BEFORE = /(?:[-–—/:.,]|\d[ \t]*[-–—][ \t]+|\b(?:aged?|ages|to|from|between|out of|score|scored|won|lost|beat|by|at|No)[ \t]+|\d[ \t]+(?:to|or|and|in)[ \t]+)$/u;

/** An age's ending ("-year-old", "-month-old"), and the number words before it: ages are always figures in AP. */
const AGE_ENDING = /-(?:year|month|week|day)s?-old\b/g;
const WORD_BEFORE_AGE = /(?<![\p{L}-])((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/iu;

/** Number words AP writes in figures ("ten", "twelve", "forty-two"), in lower case: the analysis tags some as figures
 *  and misses others, so the rule finds them itself. */
const WORD_TEN_UP = /(?<![\p{L}\p{N}'’-])((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\p{L}\p{N}'’-])/gu;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
/** After a number word: another that makes one number with it ("twenty one", "ten thousand"), a percentage, or the
 *  rest of a time told in words ("twenty past ten"). */
const WORDS_GO_ON = new RegExp(`^(?:[ \\t]+(?:${NUMBER_WORDS}|percent|per[ \\t]+cent|past)\\b|[ \\t]*%)`, 'iu');
/** Before a number word: another of the same number ("nineteen eighty", "one hundred and twenty"), or a time. */
const WORDS_GO_BEFORE = new RegExp(`\\b(?:${NUMBER_WORDS}|past)[ \\t]+$|\\b(?:hundred|thousand|million|billion|trillion)[ \\t]+and[ \\t]+$`, 'iu');

/** An age set off by commas after a name or noun: "The boy, 5, was hurt". */
const AGE_BETWEEN_COMMAS = { before: /[\p{L}.)],[ \t]+$/u, after: /^,/ };
/** An age told of a person: "she was 7 when", "who is 9": AP gives ages in figures. The
 *  number must end the clause (or a "when", "and", "years old" follow it), so "she was 7 minutes late" still reads as a
 *  number. */
const AGE_OF_PERSON = {
  before: /\b(?:he|she|I|we|they|you|who)[ \t]+(?:was|is|were|are)[ \t]+$/iu,
  after: /^(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:when|and|at[ \t]+the[ \t]+time)\b)/u,
};
/** "turned 9", "turns 5": an age, unless a counted noun follows ("turned 3 pages"). */
const TURNED_AGE = { before: /\b(?:turned|turns|turning)[ \t]+$/iu, after: /^(?![ \t]+\p{Ll}+s\b)/u };
/** After a number: "years old" or "months old", an age however the sentence goes on. */
const YEARS_OLD_AFTER = /^[ \t]+(?:years?|months?|weeks?|days?)[ \t]+old\b/u;

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
  return (at) => sentences[spanHolding(sentences, at)];
}

/** True when only an opening quotation mark or bracket stands between the sentence's start and the number. */
const opensSentence = (text: string, sentence: { start: number }, at: number): boolean => /^["“‘(]?$/.test(text.slice(sentence.start, at).trim());

/** True when the number stands where house style applies: prose, not a crowded results line, not an identifier. */
function isProseNumber(draft: DraftText, at: number, sentence: { start: number; end: number } | undefined): sentence is { start: number; end: number } {
  if (!sentence || !draft.isProse(at)) return false;
  return digitGroupsAtMost(draft.text, sentence.start, sentence.end, MAX_FIGURES_IN_SENTENCE);
}

/** True when text[from, to) holds at most `most` runs of digits (/\d+/g's matches), counted without slicing. */
function digitGroupsAtMost(text: string, from: number, to: number, most: number): boolean {
  let groups = 0;
  let inDigits = false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    const isDigit = code >= 48 && code <= 57;
    if (isDigit && !inDigits && ++groups > most) return false;
    inDigits = isDigit;
  }
  return true;
}

/** Number words from ten to ninety-nine in prose, which AP writes in figures: not where a sentence opens, not part of
 *  a longer number, a percentage, a compound ("ten-hour") or an age (found on its own), a date or an amount of money. */
function wordsTenAndUp(draft: DraftText, sentenceAt: (at: number) => { start: number; end: number } | undefined, language: LanguageTools): CheckFinding[] {
  const { text } = draft;
  const others = draft.analysis.mentions.filter((m) => m.kind === 'date' || (m.kind === 'figure' && (m.figureType === 'money' || m.figureType === 'percent')));
  const findings: CheckFinding[] = [];
  draft.eachMatch(WORD_TEN_UP, (word, start) => {
    const end = start + word.length;
    const sentence = sentenceAt(start);
    if (!isProseNumber(draft, start, sentence)) return;
    if (opensSentence(text, sentence, start)) return;
    if (WORDS_GO_ON.test(text.slice(end, end + 16)) || WORDS_GO_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return;
    if (others.some((m) => m.start < end && start < m.end)) return;
    const value = language.valueOfWords(word);
    if (value === undefined || value < 10 || value > 99) return;
    findings.push(rewrite(start, word, String(value), 'House style (AP) uses figures for 10 and up.'));
  });
  return findings;
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
    if (!isProseNumber(draft, figure.start, sentence)) continue;
    const opens = opensSentence(text, sentence, figure.start);
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
      if (AGE_BETWEEN_COMMAS.before.test(before) && AGE_BETWEEN_COMMAS.after.test(after)) continue;
      if ((AGE_OF_PERSON.before.test(before) && AGE_OF_PERSON.after.test(after)) || (TURNED_AGE.before.test(before) && TURNED_AGE.after.test(after))) continue;
      if (YEARS_OLD_AFTER.test(after)) continue;
      const words = language.numberInWords(value);
      if (words) findings.push(rewrite(figure.start, figure.text, words, `House style (${style === 'ap' ? 'AP' : 'Chicago'}) spells out numbers up to ${upTo === 9 ? 'nine' : 'one hundred'}.`));
      continue;
    }
    // Percentages in words, which AP writes in figures (the other number words AP writes in figures are found below).
    if (style !== 'ap' || opens || figure.figureType !== 'percent') continue;
    const wordsOnly = /^(\p{Ll}[\p{Ll}-]*)[ \t]+(?:percent|per cent)$/u.exec(figure.text)?.[1];
    const worded = wordsOnly === undefined ? undefined : language.valueOfWords(wordsOnly);
    if (wordsOnly === undefined || worded === undefined || !Number.isInteger(worded) || worded < 1) continue;
    findings.push(rewrite(figure.start, wordsOnly, String(worded), 'AP writes percentages in figures.'));
  }
  if (style === 'ap') {
    findings.push(...wordsTenAndUp(draft, sentenceAt, language));
    draft.eachMatch(AGE_ENDING, (_ending, at) => {
      const word = WORD_BEFORE_AGE.exec(text.slice(Math.max(0, at - 14), at));
      const start = at - (word?.[1].length ?? 0);
      const value = word ? language.valueOfWords(word[1]) : undefined;
      if (!word || value === undefined || !draft.isProse(start) || draft.isQuoted(start)) return;
      // An age that opens a sentence stays in words: AP spells out the number there.
      const sentence = sentenceAt(start);
      if (sentence && opensSentence(text, sentence, start)) return;
      findings.push(rewrite(start, word[1], String(value), 'AP gives ages in figures: "a 5-year-old".'));
    });
  }
  return findings;
}
