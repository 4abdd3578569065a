// Figures where the trained figure tagger puts them ("about $370 million", "between 20% and 25%", "nearly half"),
// reconciled with the figure grammar: the tagger learned the corpora's extents, the grammar knows amounts, their signs,
// units and currencies. A figure spans the whole amount the grammar reads, one figure per listed amount, with clean
// edges and a value; the grammar's money, percentages and quantities the tagger missed are kept too.
import type { TaggedSpan } from '../tagger';
import type { FigureType, Mention, TextSpan } from '../types';
import { overlapFinder, overlapTester } from '../text/spanSearch';
import { coverAmounts, splitListedAmounts, trimFigureEdges } from './figureSpans';
import { valueOf } from './figureValues';
import { followsNameWord } from './nameNumbers';

/** The tagger's figure types as ours; its DATE and TIME spans only keep figures out of dates. */
const FIGURE_TYPE_OF: Readonly<Record<string, FigureType>> = {
  MONEY: 'money', PERCENT: 'percent', QUANTITY: 'quantity', CARDINAL: 'number', ORDINAL: 'ordinal',
};

/** Grammar figures with a unit of their own: a currency, a percent sign, a unit of measure. */
const hasUnit = (figure: Mention): boolean => figure.figureType !== 'number' && figure.figureType !== 'ordinal';

/** A bare number, maybe after one word ("5", "iPhone 15"): what a product or model number looks like. */
const BARE_NUMBER = /^(?:[\p{L}][\p{L}\p{N}&’'-]*\s)?\d[\d,.]*$/u;


/** True for a tagged plain number that is part of a name ("PlayStation 5", "iPhone 15"): no grammar figure reads it. */
function isNameNumber(text: string, span: TextSpan, overlapping: readonly Mention[]): boolean {
  const written = text.slice(span.start, span.end);
  if (overlapping.length || !BARE_NUMBER.test(written)) return false;
  return followsNameWord(text, span.start + written.search(/\d/), span.end);
}

/** A compound of "half" and a noun ("half-time", "half-brother", "half-life"): a word of its own, no amount; "half-million"
 *  and "half-dozen" stay amounts. */
const HALF_COMPOUND = /^half-(?!(?:million|billion|trillion|thousand|hundred|dozen|percent)s?$)\p{Ll}+$/iu;

/** The figure at one piece of a tagged span, grown over the grammar's amounts there; undefined when it has no value. */
function figureAt(text: string, piece: TextSpan, taggedType: FigureType, overlapping: (span: TextSpan) => Mention[]): Mention | undefined {
  const near = overlapping(piece);
  if (taggedType === 'number' && (isNameNumber(text, piece, near) || HALF_COMPOUND.test(text.slice(piece.start, piece.end)))) return undefined;
  // A tagged span grows over the grammar's amounts there, the currency sign with them: "$250" is highlighted whole,
  // although OntoNotes, whose extents the tagger learned, leaves the "$" out of most plain dollar amounts ("$ 250" is
  // O B-MONEY: 206 of 239 on dev). `npm run eval` reports the figures both ways (scripts/eval/README.md).
  const { start, end } = coverAmounts(piece, near);
  const withUnit = taggedType === 'number' ? near.find(hasUnit) : undefined;
  const figureType = withUnit?.figureType ?? taggedType;
  const inside = withUnit ?? near.find((figure) => start <= figure.start && figure.end <= end) ?? near.find(hasUnit);
  const { value, unit } = valueOf(text, { start, end }, figureType, inside);
  if (value === undefined) return undefined;
  return { kind: 'figure', start, end, text: text.slice(start, end), figureType, value, ...(unit ? { unit } : {}) };
}

/** The figures of one tagged span: its edges cleaned, cut into one piece per listed amount ("$5, $6 and $7"). */
function figuresOfSpan(text: string, tagged: TaggedSpan, overlapping: (span: TextSpan) => Mention[]): Mention[] {
  const taggedType = FIGURE_TYPE_OF[tagged.type];
  const trimmed = taggedType && trimFigureEdges(text, tagged);
  if (!trimmed) return [];
  return splitListedAmounts(text, trimmed, overlapping(trimmed)).flatMap((piece) => figureAt(text, piece, taggedType, overlapping) ?? []);
}

/** "in millions" as a table's or a sentence's scale ("Prices (in millions) rose"): a unit of account, not a figure. */
function isScaleStatement(text: string, figure: Mention): boolean {
  return /^(?:hundreds|thousands|millions|billions|trillions)$/i.test(figure.text) && /\bin\s+$/i.test(text.slice(Math.max(0, figure.start - 4), figure.start))
    && !/^\s+of\b/i.test(text.slice(figure.end, figure.end + 4));
}

/** What joins the two ends of a "between" range. */
const RANGE_JOINER = /^\s*and\s*$/;

/** Joins "between 20% and 25%" into one figure valued by its first end, as the corpora do ("8% to 17%" stays two). */
export function joinRanges(text: string, figures: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const figure of figures) {
    const previous = joined[joined.length - 1];
    const gap = previous ? text.slice(previous.end, figure.start) : '';
    const opener = previous ? /\bbetween\s+$/i.exec(text.slice(Math.max(0, previous.start - 8), previous.start)) : null;
    const opened = opener !== null || /^between\s/i.test(previous?.text ?? '');
    if (!opened || previous.figureType !== figure.figureType || !RANGE_JOINER.test(gap)) { joined.push(figure); continue; }
    const start = previous.start - (opener?.[0].length ?? 0);
    joined[joined.length - 1] = { ...previous, start, end: figure.end, text: text.slice(start, figure.end), unit: previous.unit ?? figure.unit };
  }
  return joined;
}

/** Figure mentions at the figure tagger's spans, each grown over, cut at and valued by the grammar's figures there. */
export function figuresFromTagger(text: string, spans: readonly TaggedSpan[], grammarFound: readonly Mention[]): Mention[] {
  return joinRanges(text, figuresBeforeRanges(text, spans, grammarFound));
}

/** figuresFromTagger's figures, sorted, before "between" ranges are joined: each reads only its line, the 30
 *  characters before it and the 4 after it (figuresByLine.ts keeps a line's), while a range may join two lines. */
export function figuresBeforeRanges(text: string, spans: readonly TaggedSpan[], grammarFound: readonly Mention[]): Mention[] {
  const overlapping = byStart(overlapFinder(grammarFound));
  const figures = spans.flatMap((tagged) => figuresOfSpan(text, tagged, overlapping)).filter((figure) => !isScaleStatement(text, figure));
  figures.push(...missedByTagger(grammarFound, figures, spans));
  return figures.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The grammar's money, percentages and quantities that no tagged figure covers: amounts the tagger missed or took for
 *  a date ("£5,"). A currency sign is never a date's, so money stands against the tagger's dates; the others do not. */
function missedByTagger(grammarFound: readonly Mention[], figures: readonly Mention[], spans: readonly TaggedSpan[]): Mention[] {
  const overlapsFigure = overlapTester(figures);
  const overlapsDate = overlapTester(spans.filter((span) => !FIGURE_TYPE_OF[span.type]));
  return grammarFound.filter((figure) => hasUnit(figure) && !overlapsFigure(figure) && (figure.figureType === 'money' || !overlapsDate(figure)));
}

/** A look-up of overlapping figures that answers in text order. */
function byStart(find: (span: TextSpan) => Mention[]): (span: TextSpan) => Mention[] {
  return (span) => find(span).sort((a, b) => a.start - b.start || b.end - a.end);
}
