// The Facts view's activity-bar badge: only for what needs the editor's attention (draft-check findings, a result that
// stops before the end of the file), never a count of plain facts, which reads like unread mail. Free of vscode, so
// plain Node tests it.

/** What the badge reads for the active article. */
export interface BadgeState {
  /** Draft-check findings on show. */
  readonly findings: number;
  /** Characters analysed, when the result stops before the end of the file (newsLens.maxCharacters); else undefined. */
  readonly partialAt: number | undefined;
}

/** A badge's number and what its tooltip says it counts (VS Code's ViewBadge shape). */
export interface Badge {
  readonly value: number;
  readonly tooltip: string;
}

/** The findings count, or 1 for a partial result alone; undefined (no badge) when neither applies. */
export function factsBadge({ findings, partialAt }: BadgeState): Badge | undefined {
  const partial = partialAt === undefined ? undefined
    : `only the first ${partialAt.toLocaleString('en-US')} characters were analysed (newsLens.maxCharacters)`;
  if (findings > 0) {
    const counted = `${findings.toLocaleString('en-US')} draft-check finding${findings === 1 ? '' : 's'} in this article`;
    return { value: findings, tooltip: partial ? `${counted}; ${partial}` : counted };
  }
  return partial ? { value: 1, tooltip: `Partial result: ${partial}` } : undefined;
}
