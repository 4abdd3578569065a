// Which mentions cover a place in the text, innermost first: shared by hover cards and the cursor-driven features.
import type { Analysis } from '../engine/types';

/** Indices of the mentions containing the character at `offset`, shortest (innermost) first. */
export function mentionsAt(analysis: Analysis, offset: number): number[] {
  return analysis.mentions
    .map((mention, index) => ({ mention, index }))
    .filter(({ mention }) => mention.start <= offset && offset < mention.end)
    .sort((a, b) => (a.mention.end - a.mention.start) - (b.mention.end - b.mention.start))
    .map(({ index }) => index);
}

/** The same for a cursor, which may also sit just after a mention's last character ("Putin|"). */
export function mentionsAtCursor(analysis: Analysis, offset: number): number[] {
  const inside = mentionsAt(analysis, offset);
  return inside.length > 0 ? inside : mentionsAt(analysis, offset - 1);
}
