// Figures where the trained figure tagger puts them ("about $370 million", "between 20% and 25%", "nearly half"),
// valued by the figure grammar: the tagger learned the corpora's extents, the grammar knows amounts, units and currencies.
import type { TaggedSpan } from '../tagger';
import type { FigureType, Mention, TextSpan } from '../types';
import { overlapFinder } from '../text/spanSearch';
import { scanNumbers } from './numbers';
import { ordinalValue } from './ordinals';

/** The tagger's figure types as ours; its DATE and TIME spans only keep figures out of dates. */
const FIGURE_TYPE_OF: Readonly<Record<string, FigureType>> = {
  MONEY: 'money', PERCENT: 'percent', QUANTITY: 'quantity', CARDINAL: 'number', ORDINAL: 'ordinal',
};

/** Fractions and counts the number grammar leaves to context ("nearly half", "a dozen"). */
const COUNT_WORDS: Readonly<Record<string, number>> = { half: 0.5, third: 1 / 3, quarter: 0.25, dozen: 12 };

/** The value and unit of the words inside the span: the grammar's figure there, else the first number, ordinal or count word. */
function valueOf(text: string, span: TextSpan, figureType: FigureType, grammar: GrammarFigures): Pick<Mention, 'value' | 'unit'> {
  const inside = grammar.first(span, (figure) => span.start <= figure.start && figure.end <= span.end);
  if (inside) return { value: inside.value, ...(inside.unit ? { unit: inside.unit } : {}) };
  if (figureType === 'ordinal') {
    const word = /[\p{L}\p{N}]+/u.exec(text.slice(span.start, span.end).split(/\s+/).pop() ?? '');
    const value = word ? ordinalValue(word[0]) : undefined;
    return value === undefined ? {} : { value };
  }
  const number = scanNumbers(text, span.start, span.end)[0];
  if (number) return { value: number.value };
  const count = /\b(half|third|quarter|dozen)\b/i.exec(text.slice(span.start, span.end));
  return count ? { value: COUNT_WORDS[count[1].toLowerCase()] } : {};
}

/** The grammar's money, percent or quantity overlapping a span the tagger calls a plain number: its unit says more. */
const unitFigureOver = (span: TextSpan, grammar: GrammarFigures): Mention | undefined =>
  grammar.first(span, (figure) => figure.figureType !== 'number' && figure.figureType !== 'ordinal');

/** The grammar's figures, searchable by span: the first (in the grammar's order) overlapping a span that passes a test. */
interface GrammarFigures {
  first(span: TextSpan, test: (figure: Mention) => boolean): Mention | undefined;
}

/** Indexes the grammar's figures once, so each tagged span looks up only the figures near it. */
function grammarFigures(figures: readonly Mention[]): GrammarFigures {
  const order = new Map(figures.map((figure, i) => [figure, i]));
  const overlapping = overlapFinder(figures);
  return {
    first: (span, test) => {
      let best: Mention | undefined;
      for (const figure of overlapping(span)) if (test(figure) && (!best || order.get(figure)! < order.get(best)!)) best = figure;
      return best;
    },
  };
}

/** What joins the two ends of a "between" range. */
const RANGE_JOINER = /^\s*and\s*$/;

/** Joins "between 20% and 25%" into one figure valued by its first end, as the corpora do ("8% to 17%" stays two). */
function joinRanges(text: string, figures: Mention[]): Mention[] {
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

/** Figure mentions at the figure tagger's spans, each with the value and unit the grammar reads in it. */
export function figuresFromTagger(text: string, spans: readonly TaggedSpan[], grammarFound: readonly Mention[]): Mention[] {
  const grammar = grammarFigures(grammarFound);
  return joinRanges(text, spans.flatMap((tagged) => {
    const figureType = FIGURE_TYPE_OF[tagged.type];
    if (!figureType) return [];
    const withUnit = figureType === 'number' ? unitFigureOver(tagged, grammar) : undefined;
    if (withUnit) return [withUnit];
    const figure: Mention = { kind: 'figure', start: tagged.start, end: tagged.end, text: text.slice(tagged.start, tagged.end), figureType };
    return [{ ...figure, ...valueOf(text, tagged, figureType, grammar) }];
  }));
}
