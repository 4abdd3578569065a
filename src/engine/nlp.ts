// One configured compromise instance for the whole engine, so plugins are registered exactly once.
import compromise from 'compromise';
import datesPlugin, { type DatesMethods } from 'compromise-dates';

compromise.plugin(datesPlugin);

/** A parsed compromise document with the dates plugin's methods. */
export type NlpDoc = ReturnType<typeof compromise> & DatesMethods;

/** compromise with the dates plugin: the parser every engine step shares. */
export function nlp(text: string): NlpDoc {
  return compromise(text) as NlpDoc;
}
