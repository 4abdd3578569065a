// The dates of a Markdown draft's front matter: a leading `---` block of YAML (or `+++` of TOML) with `date:`,
// `published:`, `updated:`, `lastmod:` and the like, as static-site generators and CMS exports write them.
import type { CalendarDay } from './dates/calendar';
import { parseWrittenDate } from './writtenDate';

/** How far a front matter block may run before an opening `---` is taken for a rule rather than front matter. */
const MAX_FRONT_MATTER_LINES = 80;
const MAX_FRONT_MATTER_CHARS = 6000;

/** Keys naming the day a story was published, after lower-casing and dropping `_` and `-` ("publish_date", "pubDate"). */
const PUBLISHED_KEYS = new Set(['date', 'published', 'publishdate', 'publisheddate', 'publishedat', 'publishedon', 'pubdate',
  'datepublished', 'publicationdate', 'created', 'createdat', 'datecreated', 'posted', 'postedat']);
/** Keys naming a later revision: used only when no key names the publication. */
const UPDATED_KEYS = new Set(['updated', 'updatedat', 'lastmod', 'lastmodified', 'modified', 'modifiedat', 'datemodified',
  'dateupdated', 'lastupdated']);

/** The opening and closing fences of each front matter kind. */
const FENCES: ReadonlyArray<{ open: RegExp; close: RegExp; assign: RegExp }> = [
  { open: /^---[ \t]*$/, close: /^(?:---|\.\.\.)[ \t]*$/, assign: /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/ },
  { open: /^\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/, assign: /^([A-Za-z][\w-]*)[ \t]*=[ \t]*(.*)$/ },
];

/** What a draft's front matter says about its dates, and where the text after it begins. */
export interface FrontMatter {
  published?: CalendarDay;
  updated?: CalendarDay;
  /** Offset of the first character after the closing fence's line. */
  bodyStart: number;
}

/** A value without the quotes YAML and TOML allow around it (`"2025-10-14"`, `'Oct 14, 2025'`). */
const unquoted = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** A key as compared with the known ones: lower case, without `_` and `-`. */
const keyOf = (key: string): string => key.toLowerCase().replace(/[_-]/g, '');

/** The lines of a leading front matter block (fences excluded), and the offset after its closing fence; undefined when
 *  the text does not open with a fence closed within the limits. */
function frontMatterBlock(text: string): { lines: string[]; assign: RegExp; bodyStart: number } | undefined {
  const start = /^\s*/.exec(text)?.[0].length ?? 0;
  const head = text.slice(start, start + MAX_FRONT_MATTER_CHARS);
  const lines = head.split('\n');
  const fence = FENCES.find((f) => f.open.test(lines[0].replace(/\r$/, '')));
  if (!fence) return undefined;
  let offset = start + lines[0].length + 1;
  for (let index = 1; index < Math.min(lines.length, MAX_FRONT_MATTER_LINES); index++) {
    const line = lines[index].replace(/\r$/, '');
    if (fence.close.test(line)) return { lines: lines.slice(1, index).map((l) => l.replace(/\r$/, '')), assign: fence.assign, bodyStart: offset + lines[index].length + 1 };
    offset += lines[index].length + 1;
  }
  return undefined;
}

/** Reads the publication and update dates of the text's leading front matter; undefined when it has none. Only
 *  top-level keys count: an indented `date:` belongs to something inside the block (an event, an image). */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const block = frontMatterBlock(text);
  if (!block) return undefined;
  const found: FrontMatter = { bodyStart: Math.min(block.bodyStart, text.length) };
  for (const line of block.lines) {
    const assignment = block.assign.exec(line);
    if (!assignment) continue;
    const key = keyOf(assignment[1]);
    const which = PUBLISHED_KEYS.has(key) ? 'published' : UPDATED_KEYS.has(key) ? 'updated' : undefined;
    if (!which || found[which]) continue;
    const date = parseWrittenDate(unquoted(assignment[2]));
    if (date) found[which] = date;
  }
  return found;
}
