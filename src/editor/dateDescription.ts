// Words for a resolved date: "Friday 31 October 2025" for a day, "August 2024" for a month, the raw value otherwise.

import type { ArticleDate } from '../engine';
import { describeArticleDate as describeArticleDateInReports } from '../format/factGroups';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Spells out a TIMEX3 calendar value; values it doesn't know (durations, weeks, times) come back unchanged. */
export function describeDateValue(value: string): string {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (ymd) {
    const [year, month, date] = ymd.slice(1).map(Number);
    const day = new Date(0);
    day.setUTCFullYear(year, month - 1, date); // not Date.UTC: it reads the years 0-99 as 1900-1999
    const weekday = day.getUTCDay();
    if (MONTHS[month - 1] && !Number.isNaN(weekday)) return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && MONTHS[Number(month[2]) - 1]) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return value;
}

/** The hover's and status bar's wording of the article date. */
export function describeArticleDate(articleDate: ArticleDate): string {
  return `article date ${describeArticleDateInReports(articleDate)}`;
}
