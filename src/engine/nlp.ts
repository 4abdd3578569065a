// One entry to compromise for the whole engine, so what the engine asks of the parser stays in one place.
import compromise from 'compromise';

/** A parsed compromise document. */
export type NlpDoc = ReturnType<typeof compromise>;

/** compromise's full parser: the names step asks it about capitalised runs the rules leave open. */
export function nlp(text: string): NlpDoc {
  return compromise(text);
}
