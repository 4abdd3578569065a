// Holds the current settings snapshot and tells listeners when a `newsLens.*` setting changed.
import * as vscode from 'vscode';
import { CONFIG_SECTION, readNewsLensConfig, type NewsLensConfig } from './newsLensConfig';
import { SettingWarnings } from './validateSettings';

/**
 * The live settings: `current` is replaced (never mutated) when VS Code reports a change to our section. An invalid
 * value is replaced by its default and gets a warning, once per distinct bad value.
 */
export class NewsLensSettings implements vscode.Disposable {
  private readonly warnings = new SettingWarnings();
  private snapshot: NewsLensConfig = this.read();
  private readonly changed = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  private readonly subscription: vscode.Disposable;

  /** Fires after `current` was re-read; listeners filter further with `affectsConfiguration`. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(CONFIG_SECTION)) return;
      this.snapshot = this.read();
      this.changed.fire(event);
    });
  }

  get current(): NewsLensConfig {
    return this.snapshot;
  }

  private read(): NewsLensConfig {
    const { config, problems } = readNewsLensConfig();
    for (const problem of this.warnings.takeNew(problems)) void vscode.window.showWarningMessage(problem.message);
    return config;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
