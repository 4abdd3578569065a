// The CLI's one call into the engine: the whole text, however large, the user's article date if given, and the
// file's modification day as the last resort before today, and the editor's corrections that apply to it.
import { analyse, type Analysis, type Correction } from '../engine';
import { leanForText } from './leanMemory';

/** Analyses all of `text` (the engine's default cap is for editors; nobody waits on the CLI with the text open). */
export function analyseWhole(text: string, articleDate?: string, fileDate?: string, corrections?: readonly Correction[]): Analysis {
  leanForText(text.length);
  return analyse(text, {
    maxChars: Number.POSITIVE_INFINITY,
    ...(articleDate !== undefined ? { articleDate } : {}),
    ...(fileDate !== undefined ? { fileDate } : {}),
    ...(corrections && corrections.length > 0 ? { corrections } : {}),
  });
}
