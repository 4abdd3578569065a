// Holds the workspace scan back while the window is idle in the background (neither focused nor recently used) and
// lets it go on as soon as the window is focused or used again. The window's state comes through a small interface,
// vscode.window's in the extension and a test's own in the unit tests.

/** What the gate reads of a window: focused, and used recently (VS Code's `WindowState.active`). */
export interface WindowActivity {
  readonly focused: boolean;
  readonly active: boolean;
}

/** Where the window's state comes from, and when it changes. */
export interface WindowStateSource {
  readonly state: WindowActivity;
  onDidChangeState(listener: (state: WindowActivity) => void): { dispose(): void };
}

const isAwake = ({ focused, active }: WindowActivity) => focused || active;

/** A promise each loop of the scan awaits before its next file: at once while the window is awake, else when it is. */
export class ActivityGate {
  private paused: Promise<void> | undefined;
  private resume: (() => void) | undefined;
  private readonly subscription: { dispose(): void };

  /** `onPause` and `onResume` say when the scan stops and goes on (the progress message, the Facts view). */
  constructor(private readonly source: WindowStateSource, private readonly onPause: () => void, private readonly onResume: () => void) {
    this.subscription = source.onDidChangeState((state) => { if (isAwake(state)) this.open(true); });
  }

  /** True while a loop waits for the window. */
  get isPaused(): boolean {
    return this.paused !== undefined;
  }

  /** Resolves at once while the window is focused or in use; else when it is again. */
  whenActive(): Promise<void> {
    if (isAwake(this.source.state)) return Promise.resolve();
    if (!this.paused) {
      this.paused = new Promise<void>((resolve) => { this.resume = resolve; });
      this.onPause();
    }
    return this.paused;
  }

  private open(report: boolean): void {
    const resume = this.resume;
    if (!resume) return;
    this.paused = this.resume = undefined;
    resume();
    if (report) this.onResume();
  }

  /** Lets any waiting loop go (it finds the index disposed) and stops listening. */
  dispose(): void {
    this.subscription.dispose();
    this.open(false);
  }
}
