// The date relative dates are resolved against: the caller's date, else what the top of the draft says (front matter, a
// dateline, a "Published"/"Date:" line, an "Updated" line), else the user's default (a setting), else the day the file
// was last modified, else today.
import { formatDay, parseIsoDay, type CalendarDay } from './dates/calendar';
import { readFrontMatter } from './frontMatter';
import { readHeadDates, withoutMarkup, type HeadDateKind } from './headBylines';
import { datelineCalendarDay, readDateline, type DatelineDay } from './headDatelines';
import type { AnalyseOptions, ArticleDate, ArticleDateSource } from './types';

/** How far into the text (after any front matter) the top lines are looked for: a date lower down is the body's. */
const HEAD_CHARS = 1000;
const HEAD_LINES = 8;

/** The source of each kind of date a top line states. */
const SOURCE_OF_KIND: Record<HeadDateKind, ArticleDateSource> = { published: 'byline', 'date-label': 'date-line', updated: 'updated' };
/** Which stated date wins: front matter, then a dateline with its year, then a publication or "Date:" line, then a
 *  dateline without a year, then an update; within a rank the first written. */
const RANK = { frontMatter: 0, fullDateline: 1, publication: 2, yearlessDateline: 3, update: 4 };

/** A date the top of the text states: a full day, or a dateline's day that may lack its year. */
interface Stated {
  source: ArticleDateSource;
  day?: CalendarDay;
  dateline?: DatelineDay;
}

/** The rank of a stated date: see RANK. */
function rankOf(stated: Stated): number {
  switch (stated.source) {
    case 'front-matter': return RANK.frontMatter;
    case 'dateline': return stated.dateline?.year !== undefined ? RANK.fullDateline : RANK.yearlessDateline;
    case 'updated': return RANK.update;
    default: return RANK.publication;
  }
}

/** Today in UTC, or the caller's fixed `today`. */
function todayOf(options: AnalyseOptions): CalendarDay {
  const fixed = options.today ? parseIsoDay(options.today) : undefined;
  if (fixed) return fixed;
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** The first non-empty lines of the text, without their Markdown, where datelines and bylines live. */
function headLines(text: string): string[] {
  return text.slice(0, HEAD_CHARS).split(/\r?\n/).map(withoutMarkup).filter(Boolean).slice(0, HEAD_LINES);
}

/** The dates the top lines state, in order; a dateline ends the top, as the story's body follows it. */
function statedInLines(text: string): Stated[] {
  const stated: Stated[] = [];
  for (const line of headLines(text)) {
    const dateline = readDateline(line);
    if (dateline?.day) stated.push({ source: 'dateline', dateline: dateline.day });
    const headDates = dateline ? [] : readHeadDates(line);
    for (const headDate of headDates) stated.push({ source: SOURCE_OF_KIND[headDate.kind], day: headDate.date });
    if (dateline) break;
  }
  return stated;
}

/** Every date the top of the text states: its front matter's, then its top lines'. */
function statedDates(text: string): Stated[] {
  const frontMatter = readFrontMatter(text);
  const fromFrontMatter: Stated[] = [];
  if (frontMatter?.published) fromFrontMatter.push({ source: 'front-matter', day: frontMatter.published });
  if (frontMatter?.updated) fromFrontMatter.push({ source: 'updated', day: frontMatter.updated });
  return [...fromFrontMatter, ...statedInLines(text.slice(frontMatter?.bodyStart ?? 0))];
}

/** The article's date as the text states it, if it does: the best-ranked statement; a dateline without a year takes the
 *  latest year that does not put it after the first full date stated (an "Updated" line's), else after today. */
function statedArticleDate(text: string, today: CalendarDay): ArticleDate | undefined {
  const stated = statedDates(text);
  const reference = stated.find((s) => s.day)?.day ?? today;
  const ranked = [...stated].sort((a, b) => rankOf(a) - rankOf(b));
  for (const candidate of ranked) {
    const day = candidate.day ?? (candidate.dateline && datelineCalendarDay(candidate.dateline, reference));
    if (day) return { value: formatDay(day), source: candidate.source };
  }
  return undefined;
}

/** The article's date and where it came from: option, the text's top (front matter, dateline, byline, "Date:" line,
 *  "Updated" line), setting, file date, or today. */
export function detectArticleDate(text: string, options: AnalyseOptions): ArticleDate {
  const option = options.articleDate ? parseIsoDay(options.articleDate) : undefined;
  if (option) return { value: formatDay(option), source: 'option' };
  const today = todayOf(options);
  const stated = statedArticleDate(text, today);
  if (stated) return stated;
  const setting = options.defaultDate ? parseIsoDay(options.defaultDate) : undefined;
  if (setting) return { value: formatDay(setting), source: 'setting' };
  const file = options.fileDate ? parseIsoDay(options.fileDate) : undefined;
  if (file) return { value: formatDay(file), source: 'file' };
  return { value: formatDay(today), source: 'today' };
}
