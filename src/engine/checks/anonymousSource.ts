// `anonymous-source`: attribution to someone the draft does not name ("officials said", "a person familiar with the
// matter", "speaking on condition of anonymity"). Off by default and a Hint when on: the editor decides whether the
// source has earned it. The patterns are compromise match patterns, run only on sentences with a telling word.
import type { TextSpan } from '../types';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';
import type { LanguageTools } from './language';

/** Words without which no pattern below can match: the sentence is not handed to compromise at all. */
const TELLING = /\b(?:officials?|sources?|familiar|anonymity|briefed|knowledge|insiders?|aides?|diplomats?|identified|named)\b/i;

/** The patterns of anonymous attribution, in compromise's match syntax. */
const PATTERNS = [
  '(official|officials|source|sources|person|people|diplomat|diplomats|aide|aides|insider|insiders) (familiar|close|briefed) (with|to|on)',
  '(official|officials|source|sources|person|people) with (direct|#Adjective)? knowledge of',
  '(on|under) (the|a)? condition of anonymity',
  '(declined|refused|asked|wished) not to be (named|identified)',
  '(#Adjective|#Demonym)? (official|officials|sources|source|insiders|aides|diplomats) (said|say|says|told|added|confirmed)',
  'according to (#Adjective|#Demonym)? (official|officials|sources|source|insiders|people|aides|diplomats)',
];

/** The start of a span up to its last punctuation: no pattern above holds any. */
const LEADING_CLAUSE = /^.*[,;:!?"“”‘’()]\s*/s;

/** Findings for each anonymous attribution, once per span. */
export function anonymousSourceFindings(draft: DraftText, sentences: readonly TextSpan[], language: LanguageTools): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const sentence of sentences) {
    const words = draft.text.slice(sentence.start, sentence.end);
    // A telling word inside a quotation does not rule out one outside it: each match is held to that below.
    if (!TELLING.test(words)) continue;
    const spans: TextSpan[] = [];
    for (const matches of language.spansMatching(words, PATTERNS)) {
      for (const match of matches) {
        // An optional adjective the pattern reached for across a comma or a quotation mark ("old,\" officials said") is
        // another clause's: the span starts after it.
        const span = { start: match.start + (LEADING_CLAUSE.exec(words.slice(match.start, match.end))?.[0].length ?? 0), end: match.end };
        if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
      }
    }
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      const [start, end] = [sentence.start + span.start, sentence.start + span.end];
      if (draft.isQuoted(start)) continue;
      findings.push({
        rule: 'anonymous-source', start, end, text: draft.text.slice(start, end), severity: 'hint',
        message: 'An anonymous source: does the draft say why the source is not named?',
      });
    }
  }
  return findings;
}
