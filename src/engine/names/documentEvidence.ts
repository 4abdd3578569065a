// What the tagger's sentence window misses but the article shows: a headline's "MOUNTAIN" is the body's "mountain",
// not a place; "the campaign group Clear Peaks" is an organization; "The Alpine Water Fund" is one by its last word.
import type { DocumentText, PlacedLine } from '../text/lines';
import { isCapitalised, type Token } from '../text/tokens';
import { ORG_SUFFIXES } from './lexicon';
import { overlapTester } from '../text/spanSearch';
import type { NameMention } from './nameMention';

/** Nouns that name what follows them as an organization ("broadcaster CCTV", "campaign group Clear Peaks"). */
const ORG_NOUNS_BEFORE = new Set(['agency', 'broadcaster', 'newspaper', 'daily', 'tabloid', 'magazine', 'company', 'group',
  'bank', 'lender', 'carrier', 'insurer', 'miner', 'party', 'ministry', 'regulator', 'automaker', 'retailer', 'conglomerate']);

/** Drops a one-word name written in capitals or opening its sentence whose word the article also writes in lower case. */
export function dropCommonWords(text: string, names: NameMention[], document: DocumentText): NameMention[] {
  const starts = new Set(document.sentences.map((s) => s.start));
  return names.filter((name) => {
    if (name.end - name.start < 4) return true;
    const written = text.slice(name.start, name.end);
    if (/\s/.test(written)) return true;
    const opensLine = starts.has(name.start) || /(?:^|\n)\s*$/.test(text.slice(Math.max(0, name.start - 3), name.start));
    if (!opensLine && written !== written.toUpperCase()) return true;
    return !document.writesInLowerCase(written.toLowerCase());
  });
}

/** Makes an organization of a name right after an organization noun. */
export function applyNounBefore(text: string, names: NameMention[]): void {
  for (const name of names) {
    const noun = lowerCaseWordBefore(text, name.start);
    if (noun && ORG_NOUNS_BEFORE.has(noun)) name.kind = 'organization';
  }
}

/** How far before a name its noun is looked for. */
const NOUN_WINDOW = 20;

/** The lower-case word separated from `at` by spaces or tabs only, within NOUN_WINDOW characters ("agency" in
 *  "news agency  Xinhua"); a scan, since a regex over a slice per name showed on every keystroke. */
function lowerCaseWordBefore(text: string, at: number): string | undefined {
  const windowStart = Math.max(0, at - NOUN_WINDOW);
  let wordEnd = at;
  while (wordEnd > windowStart && (text[wordEnd - 1] === ' ' || text[wordEnd - 1] === '\t')) wordEnd--;
  if (wordEnd === at) return undefined;
  let wordStart = wordEnd;
  while (wordStart > windowStart && isLowerCaseLetter(text[wordStart - 1])) wordStart--;
  return wordStart < wordEnd ? text.slice(wordStart, wordEnd) : undefined;
}

/** True for a lower-case letter (`\p{Ll}`), ASCII answered without a regex. */
function isLowerCaseLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char > '\u007f' && /\p{Ll}/u.test(char));
}

/** Organizations for runs of capitalised words ending in an organization word ("Alpine Water Fund") the tagger passed over;
 *  not leagues, which the corpora count as competitions. */
export function organizationsBySuffix(names: NameMention[], lines: readonly PlacedLine[]): NameMention[] {
  const found: NameMention[] = [];
  const isNamed = overlapTester(names);
  for (const { start: lineStart, line } of lines) {
    for (const sentence of line.tokens) {
      if (!sentence.some((token) => ORG_SUFFIXES.has(token.text))) continue;
      let run: Token[] = [];
      const close = () => {
        while (run.length > 0 && run[0].text === 'The') run.shift();
        const last = run[run.length - 1];
        if (run.length >= 2 && ORG_SUFFIXES.has(last.text) && last.text !== 'League') {
          const span = { kind: 'organization' as const, start: lineStart + run[0].start, end: lineStart + last.end };
          if (!isNamed(span)) found.push(span);
        }
        run = [];
      };
      for (const token of sentence) {
        const joins = run.length > 0 && /^[ \t]+$/.test(line.text.slice(run[run.length - 1].end, token.start));
        if (run.length > 0 && !joins) close();
        if (isCapitalised(token.text) && !/['’]s$/.test(token.text)) run.push(token);
        else close();
      }
      close();
    }
  }
  return found;
}
