// What the draft checks run with, from the settings and the workspace's memory: the rules switched on, the house style
// for numbers, and the spellings an editor said are different people. Sent to the worker with every analysis.
import * as vscode from 'vscode';
import type { NewsLensSettings } from '../../config/newsLensSettings';
import { CHECK_RULES, type CheckSettings } from '../../engine/checks/rules';

/** The workspace-state key of the spellings an editor said are two names ("These are different people"). */
const DIFFERENT_NAMES_KEY = 'newsLens.checks.differentNames';

/** The checks' settings, and the workspace's list of names that are not variants of each other. */
export class CheckSettingsSource {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the editor adds a pair of different names (the settings have their own event). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: NewsLensSettings, private readonly workspaceState: vscode.Memento) {}

  /** The settings for the next check run, or undefined when the checks are switched off altogether. */
  current(): CheckSettings | undefined {
    const { checks } = this.settings.current;
    if (!checks.enabled || CHECK_RULES.every((rule) => checks.levels[rule] === 'off')) return undefined;
    return {
      rules: Object.fromEntries(CHECK_RULES.map((rule) => [rule, checks.levels[rule] !== 'off'])),
      numerals: checks.numeralStyle,
      differentNames: this.differentNames(),
    };
  }

  /** The pairs of spellings the editor said are different names. */
  differentNames(): [string, string][] {
    const kept = this.workspaceState.get<unknown>(DIFFERENT_NAMES_KEY, []);
    return Array.isArray(kept) ? kept.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every((n) => typeof n === 'string')) : [];
  }

  /** Remembers, for this workspace, that two spellings are two names. */
  async markDifferent(first: string, second: string): Promise<void> {
    const pairs = this.differentNames();
    if (pairs.some(([a, b]) => (a === first && b === second) || (a === second && b === first))) return;
    await this.workspaceState.update(DIFFERENT_NAMES_KEY, [...pairs, [first, second]]);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
