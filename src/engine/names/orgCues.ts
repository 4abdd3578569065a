// Context that says a name is an organization whatever its words suggest: "(Reuters) -", "CCTV quoted",
// "Rosneft and Lukoil, Moscow's two biggest oil companies".
import type { TextSpan } from '../types';
import { ORG_NOUNS, REPORTING_VERBS } from './lexicon';
import type { Token } from '../text/tokens';

/** A name with the tokens it spans, as the cue rules read it. */
export interface Run extends TextSpan {
  /** The words the name spans; the rules read their text only (their offsets count from the start of their line). */
  tokens: Token[];
}

const MAX_APPOSITION_WORDS = 7;
const APPOSITION_BLOCKERS = /\b(?:at|of|for|with|in|on|from|to|by|who|which|that|said|says)\b/;

/** The lower-case words right after `end` (up to two), e.g. "news agency". */
function wordsAfter(text: string, end: number): string[] {
  return /^[ \t]+(\p{Ll}+)(?:[ \t]+(\p{Ll}+))?/u.exec(text.slice(end, end + 40))?.slice(1).filter(Boolean) ?? [];
}

/** True for an acronym that reports or speaks ("CCTV quoted", "NASA said"). */
function isReportingAcronym(text: string, run: Run): boolean {
  return run.tokens.length === 1 && /^\p{Lu}{2,}$/u.test(run.tokens[0].text) && REPORTING_VERBS.has(wordsAfter(text, run.end)[0] ?? '');
}

/** True for the news agency in a dateline: "(Reuters) -" or "WASHINGTON (AP) —" at the start of a line. */
function isDatelineAgency(text: string, run: TextSpan): boolean {
  if (text[run.end] !== ')' || text[run.start - 1] !== '(') return false;
  const lineStart = Math.max(text.lastIndexOf('\n', run.start - 1) + 1, run.start - 60);
  return /^[\p{Lu}\s,.'’-]*\($/u.test(text.slice(lineStart, run.start)) && /^\)\s*[-–—]/.test(text.slice(run.end, run.end + 4));
}

/** How an apposition that says what a name is opens: an article or a possessive ("a security company", "Russia's
 *  biggest lender"). Without one the phrase goes on describing something else: "Austin, Texas-based company", "a
 *  Wayne, N.J., chemical maker", "Mexico, usually a large producer". */
const APPOSITION_OPENER = /^(?:a|an|the|its|their|one of|\p{Lu}[\p{L}.-]*['’]s)[ \t]/u;

/** True when an apposition naming an organization noun follows: "Rosneft, Russia's biggest oil company". */
function hasOrgApposition(text: string, end: number, limit: number): boolean {
  if (text[end] !== ',') return false;
  const phrase = /^,[ \t]+([^,.;:()“”"]+)/.exec(text.slice(end, Math.min(limit, end + 120)));
  if (!phrase || !APPOSITION_OPENER.test(phrase[1])) return false;
  const words = phrase[1].trim().split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  return words.length <= MAX_APPOSITION_WORDS && ORG_NOUNS.has(last) && !APPOSITION_BLOCKERS.test(phrase[1]);
}

/** Cues that outweigh a place reading ("Chicago bank" is a place before a noun; "(Bernama) -" is an agency). An
 *  apposition after the name is read by `listedOrganizations`, with the names listed before it. */
export function hasStrongOrgCue(text: string, run: Run): boolean {
  return isReportingAcronym(text, run) || isDatelineAgency(text, run);
}

/** Runs listed before an organization apposition ("Rosneft and Lukoil, ... companies"): all of them are organizations. */
export function listedOrganizations(text: string, runs: Run[], sentence: TextSpan): Set<Run> {
  const listed = new Set<Run>();
  for (let i = 0; i < runs.length; i++) {
    if (!hasOrgApposition(text, runs[i].end, sentence.end)) continue;
    for (let j = i; j >= 0; j--) {
      listed.add(runs[j]);
      const gap = j > 0 ? text.slice(runs[j - 1].end, runs[j].start) : '';
      if (!/^(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)$/.test(gap)) break;
    }
  }
  return listed;
}
