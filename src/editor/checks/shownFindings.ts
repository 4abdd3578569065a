// Which of an analysis's findings the editor shows, by the settings: none when the checks are switched off, none of a
// rule set to off. One answer for the Problems panel, the sidebar's Checks group and the status bar's count.
import type { ChecksConfig } from '../../config/newsLensConfig';
import type { CheckFinding } from '../../engine/checks/finding';
import type { Analysis } from '../../engine/types';

/** The findings the settings leave on show (an analysis without findings shows none). */
export function shownFindings(analysis: Analysis | undefined, checks: ChecksConfig): CheckFinding[] {
  if (!checks.enabled || !analysis?.findings) return [];
  return analysis.findings.filter((finding) => checks.levels[finding.rule] !== 'off');
}
