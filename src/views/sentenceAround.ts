// The sentence a mention stands in, for its Facts row's tooltip: the words before it, the mention, the words after.
// Free of vscode, so plain Node tests it; the row reads the text around the mention and hands it here. The engine's
// own sentence splitter stays in the worker (lint keeps engine code out of the extension host); this reading of a
// sentence end is the same in spirit, and only a tooltip depends on it.

/** A sentence end: terminal marks, closing quotes or brackets, then space before something that can start a sentence. */
const BOUNDARY = /[.!?]+["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;

/** Words that end with a period without ending the sentence (with initials, "J.", and dotted forms, "U.S."). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** A sentence in three parts, whitespace collapsed to single spaces; `before` and `after` are '' at its edges. */
export interface SentenceParts {
  readonly before: string;
  readonly mention: string;
  readonly after: string;
}

/**
 * The sentence (or sentences, for a quotation longer than one) of `text` that holds [start, end), split around it.
 * `text` is the mention's line or a window of it; `cutBefore`/`cutAfter` say the window cut the line there, so a
 * sentence reaching the cut gets "…".
 */
export function sentenceAround(text: string, start: number, end: number, cutBefore = false, cutAfter = false): SentenceParts {
  const ends = sentenceEnds(text);
  const from = Math.min(start, ends.filter((cut) => cut <= start).at(-1) ?? 0);
  const to = Math.max(end, ends.find((cut) => cut >= end) ?? text.length);
  const before = `${cutBefore && from === 0 ? '…' : ''}${collapse(text.slice(from, start)).trimStart()}`;
  const after = `${collapse(text.slice(end, to)).trimEnd()}${cutAfter && to === text.length ? '…' : ''}`;
  return { before, mention: collapse(text.slice(start, end)), after };
}

/** Where each sentence of `text` ends (after its closing marks and the space that follows), in order. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[0] ?? '';
    const abbreviation = text[match.index] === '.' && (word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()));
    if (!abbreviation) ends.push(match.index + match[0].length);
  }
  return ends;
}

/** Runs of whitespace as one space, control characters replaced (the text goes into a tooltip). */
function collapse(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
