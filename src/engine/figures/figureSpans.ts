// The extent of a figure where the tagger's spans and the grammar's figures meet: clean edges, one figure per amount,
// and the whole of an amount the grammar reads ("£1.2bn", not "2bn"; "US$3 million", not "$3 million").
import { overlapFinder } from '../text/spanSearch';
import type { Mention, TextSpan } from '../types';
import { CURRENCY_BEFORE_NUMBER } from './units';

/** Punctuation a figure never starts or ends with: brackets, quotes, commas, colons, and the Penn Treebank bracket
 *  tokens news pipelines pass on ("-LRB-"). A minus sign before a digit and "%" are kept. */
const LEADING_JUNK = /^(?:\s|-[LR][RSC]B-|``|''|[,;:!?"'“”‘’«»()[\]{}]|[-–—](?!\d)|\.(?!\d))+/u;
const TRAILING_JUNK = /(?:\s|-[LR][RSC]B-|``|''|[,;:!?"'“”‘’«»()[\]{}.]|[-–—])+$/u;

/** The span without edge punctuation ("cubic metres (" → "cubic metres"); undefined when nothing is left. */
export function trimFigureEdges(text: string, span: TextSpan): TextSpan | undefined {
  const written = text.slice(span.start, span.end);
  const start = span.start + (LEADING_JUNK.exec(written)?.[0].length ?? 0);
  const end = span.end - (TRAILING_JUNK.exec(written.slice(start - span.start))?.[0].length ?? 0);
  return start < end ? { start, end } : undefined;
}

/** What may stand between two amounts that are listed rather than a range: a space, a comma, "and" ("$5, $6 and $7"),
 *  or an opening bracket before a conversion ("9.9 billion yuan (about US$1.4 billion)"). */
const LIST_SEPARATOR = /^(?:\s+|\s*[,;]\s*(?:and\s+)?|\s+and\s+)$|^\s*(?:\(|-LRB-)\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|or|US|USD)\s*)?$/i;
/** The separator's own characters, before the next amount's qualifier ("about" in "(about US$1.4 billion)"). */
const SEPARATOR_ITSELF = /^\s*(?:[,;]\s*(?:and\s+)?|and\s+|(?:\(|-LRB-)\s*)?/i;
/** "between" just before a span opens a range whose "and" joins its two ends ("between $5 and $6"). */
const BETWEEN_BEFORE = /\bbetween\s+(?:\S+\s+)?$/i;

/** The span cut into one piece per listed amount, at the separators between the grammar's figures inside it. */
export function splitListedAmounts(text: string, span: TextSpan, figures: readonly Mention[]): TextSpan[] {
  const inside = figures.filter((figure) => figure.start < span.end && span.start < figure.end).sort((a, b) => a.start - b.start);
  const pieces: TextSpan[] = [];
  let start = span.start;
  inside.forEach((figure, i) => {
    const next = inside[i + 1];
    if (!next || next.start < figure.end) return;
    const gap = text.slice(figure.end, next.start);
    const opensRange = BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 12), figure.start));
    if (opensRange || !LIST_SEPARATOR.test(gap)) return;
    pieces.push({ start, end: figure.end });
    start = figure.end + (SEPARATOR_ITSELF.exec(gap)?.[0].length ?? 0);
  });
  pieces.push({ start, end: span.end });
  return pieces.flatMap((piece) => trimFigureEdges(text, piece) ?? []);
}

/** The span grown to hold every grammar figure it overlaps: the grammar knows where an amount's sign and unit are. */
export function coverAmounts(span: TextSpan, figures: readonly Mention[]): TextSpan {
  let { start, end } = span;
  for (const figure of figures) {
    if (figure.end <= span.start || span.end <= figure.start) continue;
    start = Math.min(start, figure.start);
    end = Math.max(end, figure.end);
  }
  return { start, end };
}

/** The letters of the currency signs of money figures ("US" of "US$3 million", "HK" of "about HK$5", "Rs" of "Rs 500"). */
function lettersOfSigns(figures: readonly Mention[]): TextSpan[] {
  return figures.flatMap((figure) => {
    const beforeDigits = figure.figureType === 'money' ? figure.text.slice(0, Math.max(0, figure.text.search(/\d/))) : '';
    const sign = beforeDigits ? CURRENCY_BEFORE_NUMBER.exec(beforeDigits) : null;
    const letters = sign ? /^\p{L}+/u.exec(sign[1]) : null;
    return letters ? [{ start: figure.start + sign!.index, end: figure.start + sign!.index + letters[0].length }] : [];
  });
}

/** The names that are not the letters of a currency sign: "US" in "US$3 million" is the dollar's, not a place. */
export function namesOutsideCurrencySigns<T extends TextSpan>(names: readonly T[], figures: readonly Mention[]): T[] {
  const signs = lettersOfSigns(figures);
  if (!signs.length) return [...names];
  const overlapping = overlapFinder(signs);
  return names.filter((name) => !overlapping(name).some((sign) => sign.start <= name.start && name.end <= sign.end));
}
