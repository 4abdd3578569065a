// Numbers that belong to a name ("Power of Siberia 2", "PlayStation 5", "iPhone 15", "Boeing 737") rather than count
// anything: both the figure grammar and the tagged figures leave them out.

/** Capitalised words that begin a phrase a number may end ("In 2024", "About 300", "Another 250"), or a date. */
const NOT_NAME_WORDS = new Set(`January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  The A An In On At By Of About Some Nearly Almost Over Under Up Down Only Just All Around Roughly More Less Than And Or
  But With For From To Since Its Their His Her Our Another Among Top Those These Exactly Approximately Between Each
  Every Per Plus Minus No Nos Number Page Step Table Figure Volume`
  .split(/\s+/));

/** The word (letters, digits, "&", "-", apostrophes) that ends `before`, right before one space, and what precedes it. */
const WORD_BEFORE_NUMBER = /(^|[^\p{L}\p{N}&’'.-])([\p{L}][\p{L}\p{N}&’'-]*)\s$/u;

/** True when the words before `word` end a sentence or open a line: a capital there says nothing about a name. */
function opensSentence(preceding: string): boolean {
  return /(?:^|[.!?:;]["'”’)\]]?)\s*["'“‘([]?\s*$/.test(preceding);
}

/** True for a word that makes the number after it part of a name: "PlayStation", "iPhone", "Boeing", "S&P", not
 *  "In", "March", a headline in capitals, or a sentence's first word (unless it has an inner capital: "PlayStation"). */
function isNameWord(word: string, preceding: string): boolean {
  if (!/\p{Lu}/u.test(word) || NOT_NAME_WORDS.has(word) || /['’]s$/i.test(word)) return false;
  const innerCapital = /\p{Ll}\p{Lu}/u.test(word);
  if (innerCapital) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  const inCapitals = !/\p{Ll}/u.test(word) && /\p{Lu}{2,}\W*\s*$/u.test(preceding);
  return !inCapitals && !opensSentence(preceding);
}

/** True when the number at [start, end) directly follows a name-like word ("PlayStation 5") and does not modify a noun
 *  ("Friday's 190-point plunge", "the S&P 100-stock index"); reads at most the 30 characters before `start`, so a
 *  sentence's answer depends only on its own text and what the grammar may see before it. */
export function followsNameWord(text: string, start: number, end: number): boolean {
  if (/^[ \t]?[-–][ \t]?\p{L}/u.test(text.slice(end, end + 4))) return false;
  const window = text.slice(Math.max(0, start - 30), start);
  const match = WORD_BEFORE_NUMBER.exec(window);
  if (!match) return false;
  const wordStart = match.index + match[1].length;
  const cutShort = wordStart === 0 && start - 30 > 0;
  return !cutShort && isNameWord(match[2], window.slice(0, wordStart));
}
