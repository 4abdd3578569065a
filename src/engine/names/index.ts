// Finds the people, organizations and places of a text: title, credit-line and context rules first, then the names
// found elsewhere in the document, and compromise's reading only for the runs still open (it is the costly step).
import type { TextSpan } from '../types';
import { isAllCapsLine, tokenize } from '../text/tokens';
import { addAppositionRoles } from './appositions';
import { classifyRun, kindByHints } from './classify';
import { findCredits } from './credits';
import { compromiseHints } from './hints';
import type { NameMention } from './nameMention';
import { listedOrganizations } from './orgCues';
import { resolveCandidates, type Candidate } from './resolveCandidates';
import { findRuns } from './runs';
import { findTitledPersons } from './titles';

export type { NameKind, NameMention } from './nameMention';

/** Most characters handed to compromise at once: a few sentences, so its per-call cost is shared but bounded. */
const MAX_BLOCK_CHARS = 2000;

/** Names and unresolved candidates of one sentence, by the rules alone. */
function namesInSentence(text: string, sentence: TextSpan): { names: NameMention[]; candidates: Candidate[] } {
  const tokens = tokenize(text, sentence);
  const titled = findTitledPersons(text, tokens);
  const credits = findCredits(text, sentence);
  const names = [...titled.names, ...credits];
  const runs = findRuns(text, tokens, [...titled.claimed, ...credits]);
  const context = { sentence, listedOrganizations: listedOrganizations(text, runs, sentence) };
  const candidates: Candidate[] = [];
  for (const whole of runs) {
    const result = classifyRun(text, whole, context);
    if (result?.kind) names.push({ kind: result.kind, start: result.run.start, end: result.run.end });
    else if (result) candidates.push({ run: result.run, sentence });
  }
  return { names, candidates };
}

/** The sentences of the candidates, merged into blocks of at most MAX_BLOCK_CHARS (a longer sentence is a block alone). */
function blocksOf(candidates: Candidate[]): TextSpan[] {
  const blocks: TextSpan[] = [];
  for (const { sentence } of candidates) {
    const last = blocks[blocks.length - 1];
    if (last && sentence.start < last.end) continue;
    if (last && sentence.end - last.start <= MAX_BLOCK_CHARS) last.end = sentence.end;
    else blocks.push({ ...sentence });
  }
  return blocks;
}

/** Classifies open candidates by compromise's reading of their sentences; returns the names and the still-open rest. */
function classifyByHints(text: string, candidates: Candidate[], warn: (message: string) => void): { names: NameMention[]; open: Candidate[] } {
  const names: NameMention[] = [];
  const open: Candidate[] = [];
  let next = 0;
  for (const block of blocksOf(candidates)) {
    let hints: NameMention[] = [];
    try {
      hints = compromiseHints(text, block);
    } catch (error) {
      warn(`The parser failed on the text at offset ${block.start}: ${String(error)}`);
    }
    for (; next < candidates.length && candidates[next].run.start < block.end; next++) {
      const kind = kindByHints(candidates[next].run, hints);
      if (kind) names.push({ kind, start: candidates[next].run.start, end: candidates[next].run.end });
      else open.push(candidates[next]);
    }
  }
  return { names, open };
}

/** Every person, organization and place in the sentences of `text`, in document order, with roles where stated. */
export function findNames(text: string, sentences: TextSpan[], warn: (message: string) => void): NameMention[] {
  const names: NameMention[] = [];
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (isAllCapsLine(text, sentence)) continue;
    const found = namesInSentence(text, sentence);
    names.push(...found.names);
    candidates.push(...found.candidates);
  }
  const known = resolveCandidates(text, names, candidates);
  names.push(...known.resolved);
  const hinted = classifyByHints(text, known.open, warn);
  names.push(...hinted.names);
  names.push(...resolveCandidates(text, names, hinted.open).resolved);
  addAppositionRoles(text, names);
  return names.sort((a, b) => a.start - b.start || b.end - a.end);
}
