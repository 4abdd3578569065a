// Candidate names: runs of capitalised words ("Power of Siberia 2", "Xi Jinping"), outside spans already claimed.
import type { TextSpan } from '../types';
import { isCapitalised, isPossessive, nameEnd, withoutPossessive, type Token } from '../text/tokens';
import { overlaps } from './nameMention';
import { isParticle } from './titles';

/** A run of capitalised words that may be a name; `tokens` are its words (with "of" connectors). */
export interface Run extends TextSpan {
  tokens: Token[];
}

/** Words after a number that make it a figure rather than part of a name ("2 percent", "2 billion"). */
const FIGURE_AFTER = /^\s*(?:%|percent|per\b|billion|million|thousand|trillion|bn|mln|years?|months?|weeks?|days?|hours?)/i;

/** Makes a run from tokens, with its span ending before any possessive. */
export function makeRun(tokens: Token[]): Run {
  return { start: tokens[0].start, end: nameEnd(tokens[tokens.length - 1]), tokens };
}

/** True when a number token right after a multi-word run belongs to the name ("Power of Siberia 2 pipeline"). */
function numberBelongs(text: string, run: Token[], next: Token | undefined): boolean {
  if (!next || !/^\d{1,3}$/.test(next.text) || run.filter((t) => isCapitalised(t.text)).length < 2) return false;
  if (!/^[ \t]+$/.test(text.slice(run[run.length - 1].end, next.start))) return false;
  const after = text.slice(next.end, next.end + 20);
  return /^[ \t]+\p{Ll}/u.test(after) && !FIGURE_AFTER.test(after);
}

/** Drops "of" dangling at the end of a run. */
function trimConnectors(tokens: Token[]): Token[] {
  const kept = [...tokens];
  while (kept.length > 0 && !isCapitalised(kept[kept.length - 1].text)) kept.pop();
  return kept;
}

/** Runs of capitalised words in `tokens`, split at punctuation, possessives and claimed spans. */
export function findRuns(text: string, tokens: Token[], claimed: TextSpan[]): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  const close = (next?: Token) => {
    const kept = trimConnectors(current);
    if (kept.length > 0) runs.push(makeRun(numberBelongs(text, kept, next) && kept.length === current.length ? [...kept, next!] : kept));
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const word = withoutPossessive(token.text);
    const free = !claimed.some((span) => overlaps(span, token));
    const joins = current.length > 0 && /^[ \t]+$/.test(text.slice(current[current.length - 1].end, token.start));
    const connector = current.length > 0 && (token.text === 'of' ? isCapitalised(tokens[i + 1]?.text ?? '') : isParticle(tokens, i));
    if (free && joins && connector) { current.push(token); continue; }
    if (!free || !isCapitalised(word)) { close(token); continue; }
    if (!joins && current.length > 0) close();
    current.push(token);
    if (isPossessive(token.text)) close();
  }
  close();
  return runs;
}
