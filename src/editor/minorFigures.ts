// Which figures are too small to highlight by default ("first", "three", "7"): they stay facts (sidebar, hover, CLI),
// but painting every one of them drowns out the figures an editor checks. Free of vscode, so plain Node tests it.
import type { Analysis, Mention } from '../engine/types';

/** The largest bare number that counts as minor: "one" to "ten", the numbers AP style spells out anyway. */
const LARGEST_MINOR_NUMBER = 10;

/** True for an ordinal, or a bare whole number from one to ten; never money, a percentage or a quantity with a unit. */
export function isMinorFigure(mention: Mention): boolean {
  if (mention.kind !== 'figure') return false;
  if (mention.figureType === 'ordinal') return true;
  const { value } = mention;
  return mention.figureType === 'number' && typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= LARGEST_MINOR_NUMBER;
}

/** Worked out once per analysis (an analysis is never changed once made) and forgotten with it. */
const minorByAnalysis = new WeakMap<Analysis, ReadonlySet<number>>();

/** The indices of the analysis's minor figures, decided once for every later paint of the same result. */
export function minorFigureMentions(analysis: Analysis): ReadonlySet<number> {
  let minor = minorByAnalysis.get(analysis);
  if (!minor) {
    minor = new Set(analysis.mentions.flatMap((mention, index) => (isMinorFigure(mention) ? [index] : [])));
    minorByAnalysis.set(analysis, minor);
  }
  return minor;
}
