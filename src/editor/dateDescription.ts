// Words for a resolved date ("Friday 31 October 2025"; anything else as the sidebar writes it, "March 2026", "5 years")
// and for where the article date came from. Free of vscode, so plain Node tests it.
import type { ArticleDate, ArticleDateSource, DateType } from '../engine/types';
import { describeArticleDate as describeArticleDateInReports } from '../format/factGroups';
import { dateLabel } from '../views/dateLabel';

/** Month and weekday names in full: the hover card has room for them, the sidebar's labels do not. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Spells out a TIMEX3 value: a day in full with its weekday, any other value as the Facts sidebar labels it
 *  (dateLabel), and a value neither knows unchanged. */
export function describeDateValue(value: string, dateType?: DateType): string {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (ymd) {
    const [year, month, date] = ymd.slice(1).map(Number);
    const day = new Date(0);
    day.setUTCFullYear(year, month - 1, date); // not Date.UTC: it reads the years 0-99 as 1900-1999
    const weekday = day.getUTCDay();
    if (MONTHS[month - 1] && !Number.isNaN(weekday)) return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
  }
  return dateLabel(value, dateType) ?? value;
}

/** The status bar's wording of the article date. */
export function describeArticleDate(articleDate: ArticleDate): string {
  return `article date ${describeArticleDateInReports(articleDate)}`;
}

/** Where an article date came from, as the hover card says it. */
const SOURCES: Readonly<Record<ArticleDateSource, string>> = {
  option: 'as given to News Lens',
  'front-matter': "from the front matter's date",
  dateline: 'from the dateline',
  byline: 'from the publication date at the top',
  'date-line': 'from the Date: line',
  updated: 'from the Updated line, as the text states no publication date',
  setting: 'from the newsLens.articleDate setting, as the text states no date',
  file: 'only the day the file was last modified: the text states no date',
  today: 'only today\'s date: the text states no date, and the draft has never been saved',
};

/** The sources that are guesses, not a date anyone stated: the hover card warns of them. */
const GUESSED: ReadonlySet<ArticleDateSource> = new Set<ArticleDateSource>(['file', 'today']);

/** The hover card's line on the article date: "Article date Monday 3 November 2025, from the dateline", with a warning
 *  (⚠, and `warning` set) when it is only the file's modification day or today. */
export function articleDateNote(articleDate: ArticleDate): { readonly text: string; readonly warning: boolean } {
  const day = describeDateValue(articleDate.value);
  const source = SOURCES[articleDate.source] ?? articleDate.source;
  if (GUESSED.has(articleDate.source)) return { text: `⚠ Article date ${day} is ${source}`, warning: true };
  return { text: `Article date ${day}, ${source}`, warning: false };
}

/** True when the article date is not one the text states (a setting, the file's day, today): what "Set article date…"
 *  can change. A date the text states wins over both of its choices, except that a `Date:` line wins over an Updated line. */
export function canSetArticleDate(source: ArticleDateSource): boolean {
  return source === 'setting' || source === 'updated' || GUESSED.has(source);
}
