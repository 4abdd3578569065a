// Words for a resolved date: "Friday 31 October 2025" for a day, "August 2024" for a month, the raw value otherwise.
import type { ArticleDate } from '../engine';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Spells out a TIMEX3 calendar value; values it doesn't know (durations, weeks, times) come back unchanged. */
export function describeDateValue(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [year, month, date] = day.slice(1).map(Number);
    const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
    if (MONTHS[month - 1] && !Number.isNaN(weekday)) return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && MONTHS[Number(month[2]) - 1]) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return value;
}

/** Says what relative dates were resolved against, e.g. "article date 2025-11-03, from the dateline". */
export function describeArticleDate(articleDate: ArticleDate): string {
  const origin: Record<ArticleDate['source'], string> = {
    option: 'from the newsLens.articleDate setting',
    dateline: 'from the dateline',
    'date-line': 'from the "Date:" line',
    today: 'today, as the article states no date',
  };
  return `article date ${articleDate.value}, ${origin[articleDate.source] ?? articleDate.source}`;
}
