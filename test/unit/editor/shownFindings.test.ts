// What the editor shows of an analysis's findings: the Problems panel, the sidebar's Checks group and the status bar
// count the same ones.
import * as assert from 'node:assert/strict';
import { shownFindings } from '../../../src/editor/checks/shownFindings';
import type { ChecksConfig } from '../../../src/config/newsLensConfig';
import { DEFAULT_SEVERITY } from '../../../src/engine/checks/rules';
import type { CheckFinding } from '../../../src/engine/checks/finding';
import { analysisOf } from '../helpers/analysis';

const finding = (rule: CheckFinding['rule']): CheckFinding => ({ rule, start: 0, end: 1, text: 'x', message: rule, severity: 'information' });
const checks = (overrides: Partial<ChecksConfig> = {}): ChecksConfig => ({ enabled: true, levels: { ...DEFAULT_SEVERITY }, personDetails: 'hint', numeralStyle: 'ap', ...overrides });

describe('shownFindings', () => {
  const analysis = { ...analysisOf('x'), findings: [finding('numerals'), finding('weekday-date')] };

  it('shows every finding of a rule that is on, and none of a rule set to off', () => {
    assert.deepEqual(shownFindings(analysis, checks()).map((f) => f.rule), ['numerals', 'weekday-date']);
    assert.deepEqual(shownFindings(analysis, checks({ levels: { ...DEFAULT_SEVERITY, numerals: 'off' } })).map((f) => f.rule), ['weekday-date']);
  });

  it('shows nothing when the checks are switched off, or the analysis has no findings', () => {
    assert.deepEqual(shownFindings(analysis, checks({ enabled: false })), []);
    assert.deepEqual(shownFindings(analysisOf('x'), checks()), []);
    assert.deepEqual(shownFindings(undefined, checks()), []);
  });
});
