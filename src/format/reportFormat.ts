// The report formats shared by the `newslens` CLI and the editor's "export facts" command.

/** Every report format, in the order help texts list them. */
export const REPORT_FORMATS = ['text', 'json', 'md', 'csv'] as const;

/** One report format: human-readable text, JSON, a Markdown fact sheet or CSV. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Tells whether a name the user typed is a report format, so callers can reject the rest. */
export function isReportFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}

/** What a report is about: a title (usually the file name) and the text the analysis's offsets point into. */
export interface ReportSource {
  title: string;
  text: string;
}
