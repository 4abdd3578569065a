// A file's modification moment as the day the journalist saw on their clock, for the article-date fallback.

/** "YYYY-MM-DD" of a moment in the machine's time zone. */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
