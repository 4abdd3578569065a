// The dates of a story's top lines other than its dateline: "Published 14 October 2025", "Updated Nov. 3, 2025 10:02 a.m.
// ET", "Date: 2025-11-03", "By Jane Doe | October 14, 2025", or a line that is only a date ("March 01, 2008").
import type { CalendarDay } from './dates/calendar';
import { readWrittenDate } from './writtenDate';

/** What a top line's date is: the publication's, a "Date:" label's, or a later revision's. */
export type HeadDateKind = 'published' | 'date-label' | 'updated';

/** A date read from one of the top lines, and what kind of date the line says it is. */
export interface HeadDate {
  date: CalendarDay;
  kind: HeadDateKind;
}

/** The labels that introduce a date, longest first so "Last updated" is not read as "updated". */
const LABELS: ReadonlyArray<[string, HeadDateKind]> = [
  ['Originally published', 'published'], ['First published', 'published'], ['Date published', 'published'],
  ['Publication date', 'published'], ['Published', 'published'], ['Posted', 'published'],
  ['Last updated', 'updated'], ['Last modified', 'updated'], ['Updated', 'updated'], ['Revised', 'updated'],
  ['Dated', 'date-label'], ['Date', 'date-label'],
];
/** A label as written: title case ("Last updated", "Last Updated") or capitals, with spaces as any run of blanks. */
const spelled = (label: string): string[] => {
  const words = label.split(' ');
  const titled = words.map((word) => word[0].toUpperCase() + word.slice(1)).join(' ');
  return [...new Set([label, titled, label.toUpperCase()])].map((form) => form.replace(/ /g, String.raw`\s+`));
};
const ALL_LABELS = LABELS.flatMap(([label]) => spelled(label)).join('|');
/** What may sit between a label and its date: "on", "at", a colon, a dash. */
const AFTER_LABEL = String.raw`(?:\s+(?:on|at))?\s*[:：]?\s*(?:[-–—]\s*)?`;
/** A label at the start of a line, in any case ("date: 2025-11-03"). */
const LABEL_AT_START = new RegExp(String.raw`^\s*(${LABELS.map(([label]) => label.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}])${AFTER_LABEL}`, 'iu');
/** A label inside a line, after a byline or a separator, only as a title or in capitals ("… | Updated Nov. 3, 2025"). */
const LABEL_INSIDE = new RegExp(String.raw`(?<![\p{L}])(${ALL_LABELS})(?![\p{L}])${AFTER_LABEL}`, 'gu');
/** A byline that may end with the date: "By Jane Doe | October 14, 2025", "By JOSH BOAK, Associated Press · Oct. 14, 2025". */
const BYLINE = /^\s*By\s+\S/;
const BYLINE_SEPARATOR = /\s*(?:[|·•,;—–]|\s-)\s*/g;
/** What may follow a date that a line holds alone: a clock time and its zone ("at 10:02 AM EDT", "10.02 BST", "T09:30:00Z"). */
const TIME_AFTER_DATE = /^(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*(?:(?:,|at|@|\||[-–—·])?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:(?:[A-Z]{1,5}|GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?)?\s*$/;

/** The kind of date a label introduces. */
function kindOf(label: string): HeadDateKind {
  const key = label.replace(/\s+/g, ' ').toLowerCase();
  return LABELS.find(([known]) => known.toLowerCase() === key)?.[1] ?? 'published';
}

/** A top line without the Markdown around it: heading marks, quote marks, list bullets, emphasis ("*Published …*"). */
export function withoutMarkup(line: string): string {
  return line.replace(/^\s*(?:#{1,6}\s+|>\s*|[-+]\s+|\*\s+)*/, '').replace(/\*+/g, '').replace(/^_+(.*?)_+$/, '$1').trim();
}

/** The labelled dates of the line, in order: "Published 14 October 2025", "… | Updated: Nov. 3, 2025 10:02 a.m. ET". */
function labelledDates(line: string): HeadDate[] {
  const found: HeadDate[] = [];
  const atStart = LABEL_AT_START.exec(line);
  const atStartDate = atStart ? readWrittenDate(line.slice(atStart[0].length)) : undefined;
  if (atStart && atStartDate) found.push({ date: atStartDate.date, kind: kindOf(atStart[1]) });
  for (const match of line.matchAll(LABEL_INSIDE)) {
    if (atStart && match.index < atStart[0].length) continue;
    const written = readWrittenDate(line.slice(match.index + match[0].length));
    if (written) found.push({ date: written.date, kind: kindOf(match[1]) });
  }
  return found;
}

/** The date of a line that holds only a date, perhaps with its time: "March 01, 2008", "Tue 14 Oct 2025 10.02 BST". */
function dateAlone(line: string): CalendarDay | undefined {
  const written = readWrittenDate(line);
  return written && TIME_AFTER_DATE.test(line.slice(written.length)) ? written.date : undefined;
}

/** The date at the end of a byline, after a separator: "By Jane Doe | October 14, 2025". */
function bylineDate(line: string): CalendarDay | undefined {
  if (!BYLINE.test(line)) return undefined;
  for (const separator of line.matchAll(BYLINE_SEPARATOR)) {
    const date = dateAlone(line.slice(separator.index + separator[0].length));
    if (date) return date;
  }
  return undefined;
}

/** The dates one of a story's top lines states, each with its kind, in order; none when the line states none. */
export function readHeadDates(line: string): HeadDate[] {
  const labelled = labelledDates(line);
  if (labelled.length) return labelled;
  const date = dateAlone(line) ?? bylineDate(line);
  return date ? [{ date, kind: 'published' }] : [];
}
