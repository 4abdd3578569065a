// The language work of the draft checks, done by compromise: numbers written both ways ("nine" ↔ 9, "twenty-five"),
// the tenses of a reporting verb ("says" → "said", "tells" → "told"), and its match syntax for the rules' patterns.
// compromise is loaded on first use (a dynamic import the bundler keeps lazy): `newslens annotate` never pays for it,
// and each answer is memoised by its phrase or sentence, so a keystroke re-asks only what it changed.
import type nlpType from 'compromise/three';
import { cachedByText, PASSAGE_CACHE_LIMIT } from '../text/textCache';

/** compromise's entry point (the full build: its number words live in `three`). */
type Nlp = typeof nlpType;

/** What the checks ask of compromise. Offsets are UTF-16, relative to the text asked about. */
export interface LanguageTools {
  /** A whole number in words as AP writes it ("twenty-five"); undefined past what compromise writes. */
  numberInWords(value: number): string | undefined;
  /** A number word's value ("nine" → 9, "twenty-five" → 25, "third" → 3); undefined for anything else. */
  valueOfWords(words: string): number | undefined;
  /** The other tense of a reporting verb: "says" → "said", "said" → "says"; undefined when it is not a verb. */
  otherTense(verb: string): string | undefined;
  /** Where each compromise match pattern matches in `text` (parsed once for all of them), as spans without trailing
   *  punctuation, pattern by pattern. The patterns are a fixed list: the answer is remembered by text. */
  spansMatching(text: string, patterns: readonly string[]): { start: number; end: number }[][];
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** The tools, over a loaded compromise. */
export function languageToolsOf(nlp: Nlp): LanguageTools {
  const wordsOfDigits = cachedByText((digits: string): string | undefined => {
    const words = nlp(digits).numbers().toText().text();
    // compromise writes "twenty five"; AP and Chicago hyphenate the compound tens.
    return /^[a-z -]+$/.test(words) ? words.replace(new RegExp(`\\b(${TENS}) (one|two|three|four|five|six|seven|eight|nine)\\b`), '$1-$2') : undefined;
  });
  const numberInWords = (value: number): string | undefined => wordsOfDigits(String(value));
  const valueOfWords = cachedByText((words: string): number | undefined => {
    const values = nlp(words.replace(/-/g, ' ')).numbers().get() as unknown[];
    return values.length === 1 && typeof values[0] === 'number' ? values[0] : undefined;
  });
  const otherTense = cachedByText((verb: string): string | undefined => {
    const forms = (nlp(verb).verbs().conjugate() as Record<string, string>[])[0];
    if (!forms) return undefined;
    const lower = verb.toLowerCase();
    return lower === forms.PastTense ? forms.PresentTense : lower === forms.PresentTense ? forms.PastTense : undefined;
  });
  const parsesBySentence = new WeakMap<readonly string[], (text: string) => { start: number; end: number }[][]>();
  const spansMatching = (text: string, patterns: readonly string[]): { start: number; end: number }[][] => {
    let answer = parsesBySentence.get(patterns);
    if (!answer) {
      answer = cachedByText((sentence: string) => {
        const doc = nlp(sentence);
        return patterns.map((pattern) => (doc.match(pattern).json({ offset: true }) as { offset: { start: number; length: number } }[]).map(({ offset }) => {
          let end = offset.start + offset.length;
          while (end > offset.start && /[\s.,;:!?"”’)]/.test(sentence[end - 1])) end--;
          return { start: offset.start, end };
        }));
      }, PASSAGE_CACHE_LIMIT);
      parsesBySentence.set(patterns, answer);
    }
    return answer(text);
  };
  return { numberInWords, valueOfWords, otherTense, spansMatching };
}

let loading: Promise<LanguageTools> | undefined;

/** compromise, loaded once. */
export function loadLanguageTools(): Promise<LanguageTools> {
  loading ??= import('compromise/three').then((module) => languageToolsOf(module.default));
  return loading;
}
