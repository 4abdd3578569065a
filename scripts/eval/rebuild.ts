// Rebuilds running text from corpus tokens the way the project is judged, keeping each token's offsets.
import type { TokenOffsets } from './model';

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', ')', "'s", "n't"]);
const NO_SPACE_AFTER = new Set(['(', '$']);

/** The text of a token list plus where each token sits in it. */
export interface RebuiltText {
  text: string;
  /** Offsets per sentence, per token. */
  offsets: TokenOffsets[][];
}

/** True when no space goes between `previous` and `next` (README: none before , . ; : ) 's n't, none after ( $). */
export function joinsWithoutSpace(previous: string, next: string): boolean {
  return NO_SPACE_BEFORE.has(next.toLowerCase()) || NO_SPACE_AFTER.has(previous);
}

/** Joins sentences (each a token list) into one text, one sentence a line. */
export function rebuildText(sentences: readonly (readonly string[])[]): RebuiltText {
  let text = '';
  const offsets: TokenOffsets[][] = [];
  sentences.forEach((tokens, sentenceIndex) => {
    if (sentenceIndex > 0) text += '\n';
    const sentenceOffsets: TokenOffsets[] = [];
    tokens.forEach((token, i) => {
      if (i > 0 && !joinsWithoutSpace(tokens[i - 1], token)) text += ' ';
      sentenceOffsets.push({ start: text.length, end: text.length + token.length });
      text += token;
    });
    offsets.push(sentenceOffsets);
  });
  return { text, offsets };
}
