// The status bar item's text: one short count ("42 facts"), so it stays narrow; the breakdown by kind is its tooltip's.
// Free of vscode, so plain Node tests it.

/** What the status bar counts for the active article. */
export interface StatusCounts {
  readonly facts: number;
  /** The result covers only the start of the file (newsLens.maxCharacters). */
  readonly partial: boolean;
  /** Draft-check findings on show (Problems panel). */
  readonly findings: number;
}

/** "$(book) 42 facts", "$(warning) 42 facts · partial", then " · $(checklist) 3" when the draft checks found something. */
export function statusText({ facts, partial, findings }: StatusCounts): string {
  const count = facts === 0 ? 'no facts' : `${facts.toLocaleString('en-US')} fact${facts === 1 ? '' : 's'}`;
  const checks = findings > 0 ? ` · $(checklist) ${findings.toLocaleString('en-US')}` : '';
  return `${partial ? `$(warning) ${count} · partial` : `$(book) ${count}`}${checks}`;
}
