// "down 21% year-on-year", "a 3.8% rise", "fell 7%": which way a percentage moved, for the hover card, so an editor
// can check a headline's "surge" against the body's "fell".
import type { Mention } from '../types';

const FALL_BEFORE = /\b(?:down|fell|fall(?:s|ing)?|dropped|drops?|declined?|declines|decreased?|lower|slid|slipped|plunged|plummeted|tumbled|sank|shrank|lost|cut|off|dipped|eased)(?:\s+(?:by|to|of|nearly|about|almost|some|more than|around))*\s+$/i;
const RISE_BEFORE = /\b(?:up|rose|rises?|rising|increased?|increases|gained?|gains|grew|grows?|higher|jumped|jumps?|climbed|climbs?|surged|surges?|soared|added|rallied|advanced)(?:\s+(?:by|to|of|nearly|about|almost|some|more than|around))*\s+$/i;
const FALL_AFTER = /^\s+(?:fall|drop|decline|decrease|contraction|loss|slump|plunge|cut|dip)\b/i;
const RISE_AFTER = /^\s+(?:rise|increase|gain|growth|jump|climb|surge|rally|advance|hike)\b/i;

/** Sets `change` on each percentage whose words say it is a rise or a fall; `text` is the analysed text. */
export function markPercentChanges(text: string, mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.kind !== 'figure' || mention.figureType !== 'percent') continue;
    const before = text.slice(Math.max(0, mention.start - 40), mention.start).split(/[.;!?\n]/).pop() ?? '';
    const after = text.slice(mention.end, mention.end + 20);
    if (FALL_BEFORE.test(before) || FALL_AFTER.test(after)) mention.change = 'fall';
    else if (RISE_BEFORE.test(before) || RISE_AFTER.test(after)) mention.change = 'rise';
  }
}
