// Clean span edges: no space or punctuation at either end, except an abbreviation's period ("Nov.", "p.m.") and "%".
import type { TextSpan } from '../types';

const EDGE_JUNK = /[\s\p{P}]/u;
const KEEP_AT_END = /(?:%|\b(?:[a-zA-Z]\.){2,}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/;

/** The span shrunk to clean edges; undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | undefined {
  let from = start;
  let to = end;
  while (from < to && EDGE_JUNK.test(text[from])) from += 1;
  while (to > from && EDGE_JUNK.test(text[to - 1]) && !KEEP_AT_END.test(text.slice(Math.max(from, to - 6), to))) to -= 1;
  return from < to ? { start: from, end: to } : undefined;
}
