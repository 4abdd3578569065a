// A huge text is analysed with V8's heap kept lean: --optimize-for-size, set once for the rest of the process (worker
// threads started after it too), trades some speed (about a fifth, on a million words) for a heap that grows less
// between collections (a million words peaked at 345 MB as a file, 271 MB lean). Ordinary articles, and streams of
// them, never pay for it. The flag is V8's (`node --v8-options`); a V8 without it would say so once on stderr.
import { setFlagsFromString } from 'node:v8';

/** Texts of at least this many characters (about 150,000 words) are analysed lean. */
export const LEAN_FROM_CHARS = 1_000_000;

/** A switch that makes the heap lean, once, the first time it is told of a text of LEAN_FROM_CHARS or more. */
export function leanSwitch(setFlags: (flags: string) => void = setFlagsFromString): (chars: number) => void {
  let lean = false;
  return (chars) => {
    if (lean || chars < LEAN_FROM_CHARS) return;
    lean = true;
    setFlags('--optimize-for-size');
  };
}

/** The process's switch: called with a text's length before it is analysed. */
export const leanForText = leanSwitch();
