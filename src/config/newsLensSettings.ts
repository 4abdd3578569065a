// Holds the current settings snapshot and tells listeners when a `newsLens.*` setting changed.
import * as vscode from 'vscode';
import { CONFIG_SECTION, readNewsLensConfig, type NewsLensConfig } from './newsLensConfig';

/** The live settings: `current` is replaced (never mutated) when VS Code reports a change to our section. */
export class NewsLensSettings implements vscode.Disposable {
  private snapshot: NewsLensConfig = readNewsLensConfig();
  private readonly changed = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  private readonly subscription: vscode.Disposable;

  /** Fires after `current` was re-read; listeners filter further with `affectsConfiguration`. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(CONFIG_SECTION)) return;
      this.snapshot = readNewsLensConfig();
      this.changed.fire(event);
    });
  }

  get current(): NewsLensConfig {
    return this.snapshot;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
