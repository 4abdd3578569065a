// Splits raw news text into tokens the way CoNLL-2003 / OntoNotes do, keeping exact UTF-16 offsets.
import type { TextSpan } from '../types';

/** One token of the text, with its [start, end) UTF-16 offsets. */
export interface TaggerToken {
  text: string;
  start: number;
  end: number;
}

/** Words written with a period that does not end the sentence: titles, company forms, months, US states. */
const ABBREVIATIONS = ['Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Prof|Corp|Inc|Co|Ltd|Bros|No|etc|Messrs',
  'Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|vs',
  'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo',
].join('|');

// Order matters: abbreviations and numbers before plain words; clitics split off words.
const TOKEN_PATTERN = new RegExp(
  [
    "(?:[A-Za-z]\\.){2,}(?=[^A-Za-z]|$)", // U.S. / U.N. / a.m.
    '-[LR][RCS]B-', // bracket tokens of Penn Treebank text (-LRB- for "("), as news pipelines pass them on
    `(?:${ABBREVIATIONS})\\.(?=\\s|$|,|['’])`,
    '[A-Z]\\.(?=\\s+[A-Z])', // initials: "J. Smith"
    '\\d+(?:[.,:/-]\\d+)*(?:st|nd|rd|th|s)?(?![\\p{L}\\p{N}])', // 1,200.50  10:30  1996-08-22  21st  1980s
    "[\\p{L}\\p{M}\\p{N}]+(?:[-'’.&][\\p{L}\\p{M}\\p{N}]+)*?(?=n[’']t\\b)", // "does" before "n't"
    "n[’']t\\b",
    "[’'][sS]\\b|[’'](?:re|ve|ll|d|m|RE|VE|LL|D|M)\\b", // clitics are tokens of their own, as in the corpora
    // words, with inner hyphens, dots and ampersands, and apostrophes before 2+ letters ("O'Brien", not "England's")
    "[\\p{L}\\p{M}\\p{N}]+(?:[-&.][\\p{L}\\p{M}\\p{N}]+|[’'](?!(?:re|ve|ll)\\b)\\p{L}{2,})*",
    '\\.{2,}|-{2,}|``|\'\'',
    '[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]', // one astral character (emoji) stays whole
    '\\S',
  ].join('|'),
  'gu',
);

/** Tokens of text[span.start, span.end), offsets into the whole text. */
export function tokenize(text: string, span: TextSpan = { start: 0, end: text.length }): TaggerToken[] {
  const slice = text.slice(span.start, span.end);
  const tokens: TaggerToken[] = [];
  for (const match of slice.matchAll(TOKEN_PATTERN)) {
    const start = span.start + (match.index ?? 0);
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** The tokens `tokenize(text)` finds from `from` on, when `from` is where one of them ends (or 0): a scan that goes on
 *  from there reads the same characters as the whole text's scan, as no pattern looks behind its match. `visit` gets
 *  each token's [start, end) and returns false to stop. */
export function scanTokens(text: string, from: number, visit: (start: number, end: number, token: string) => boolean): void {
  SCAN.lastIndex = from;
  for (let match = SCAN.exec(text); match; match = SCAN.exec(text)) {
    if (!visit(match.index, match.index + match[0].length, match[0])) break;
  }
}
/** The token pattern of scans started part way (its own, as a scan leaves its position behind in it). */
const SCAN = new RegExp(TOKEN_PATTERN.source, 'gu');

/** Where the characters a scan reads to find the tokens up to one ending at `end` end at the latest (exclusive; past
 *  the text's end when it reads that the text ends there): every pattern matches within one run of non-space characters
 *  and looks at most past the spaces after it and one character more (`J.` before a capital). */
export function readsUpTo(text: string, end: number): number {
  RUN_AND_SPACES.lastIndex = end;
  RUN_AND_SPACES.exec(text);
  return RUN_AND_SPACES.lastIndex + 1;
}
const RUN_AND_SPACES = /\S*\s*/y;

/** Splits tokens into sentences at . ! ? followed by a capital or line break, and at blank lines. */
export function splitSentences(text: string, tokens: TaggerToken[]): TaggerToken[][] {
  const sentences: TaggerToken[][] = [];
  let current: TaggerToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    current.push(tokens[i]);
    const next = tokens[i + 1];
    const gap = next ? text.slice(tokens[i].end, next.start) : '';
    const endsSentence = /^[.!?]$/.test(tokens[i].text) && (!next || /^[A-Z"'“`(]/.test(next.text));
    if (!next || gap.includes('\n') || endsSentence) {
      sentences.push(current);
      current = [];
    }
  }
  return sentences;
}
