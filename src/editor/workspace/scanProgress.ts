// How a workspace scan shows itself: a cancellable progress notification for the first one (no saved index), the
// status bar's progress for later ones, counts of files read and reused, and a pause while the window is idle in the
// background (not focused, no recent activity), resumed as soon as it is focused or used again.
import * as vscode from 'vscode';
import { ActivityGate, type WindowStateSource } from './activityGate';
import type { FileOutcome } from './fileQueue';

export type { FileOutcome } from './fileQueue';

/** What the last scan did, for the Facts view's message and the tests. */
export interface ScanReport {
  readonly state: 'off' | 'scanning' | 'paused' | 'ready' | 'cancelled';
  /** The scan started without a saved index, so it showed the cancellable notification. */
  readonly fresh: boolean;
  /** Files the scan looked at, and of those: read and analysed, unchanged since the saved index, skipped. */
  readonly files: number;
  readonly done: number;
  readonly read: number;
  readonly reused: number;
  readonly skipped: number;
  /** Progress messages given so far in this scan ("120 of 5,000 files"). */
  readonly progressMessages: number;
  readonly startedMs: number;
  readonly finishedMs: number | undefined;
  /** `newsLens.workspaceIndex.maxFiles` when the workspace has more articles than that (the scan read that many). */
  readonly cappedAt: number | undefined;
}

interface RunningScan {
  readonly generation: number;
  readonly progress: vscode.Progress<{ message?: string; increment?: number }>;
  finish(): void;
}

/** vscode.window's focus and activity, as the activity gate reads them. */
const VSCODE_WINDOW: WindowStateSource = {
  get state() { return vscode.window.state; },
  onDidChangeState: (listener) => vscode.window.onDidChangeWindowState(listener),
};

const IDLE: ScanReport = { state: 'off', fresh: false, files: 0, done: 0, read: 0, reused: 0, skipped: 0, progressMessages: 0, startedMs: 0, finishedMs: undefined, cappedAt: undefined };

/** Tracks the scan under way and the one before it. */
export class ScanProgress implements vscode.Disposable {
  private current: RunningScan | undefined;
  /** The scan last cancelled: the files it was reading when Cancel came are still counted as they finish. */
  private cancelled: number | undefined;
  private state: ScanReport = IDLE;
  private readonly gate: ActivityGate;

  /** `onCancel` drops the files the scan has not looked at; `windowState` is vscode.window's unless a test gives one. */
  constructor(private readonly onChange: () => void, private readonly onCancel: () => void, windowState: WindowStateSource = VSCODE_WINDOW) {
    this.gate = new ActivityGate(windowState, () => this.paused(), () => this.resumed());
  }

  get report(): ScanReport {
    return this.state;
  }

  /** Shows a scan while `body` finds its files (it tells `found` how many, then `step` counts them). */
  run(generation: number, fresh: boolean, body: (cancelled: () => boolean) => Promise<void>): Promise<void> {
    this.current?.finish();
    this.cancelled = undefined;
    this.state = { ...IDLE, state: this.gate.isPaused ? 'paused' : 'scanning', fresh, startedMs: Date.now() };
    const location = fresh ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    const finished = Promise.resolve(vscode.window.withProgress({ location, title: 'News Lens: indexing the workspace', cancellable: fresh }, (progress, token) =>
      new Promise<void>((resolve) => {
        const scan: RunningScan = { generation, progress, finish: () => { if (this.current === scan) this.current = undefined; resolve(); } };
        this.current = scan;
        token.onCancellationRequested(() => this.cancel());
        this.say(progress, 'looking for articles…');
        body(() => token.isCancellationRequested || this.current !== scan).catch(() => scan.finish());
      })));
    this.onChange();
    return finished;
  }

  /** The scan `generation` will look at this many files; `cappedAt` when the workspace has more articles than the
   *  setting lets it read. */
  found(generation: number, files: number, cappedAt?: number): void {
    if (this.current?.generation !== generation) return;
    this.state = { ...this.state, files, cappedAt };
    if (files === 0) this.drained(generation);
  }

  /** Counts one file of the scan `generation` (a file of an older scan is not counted). */
  step(generation: number, outcome: FileOutcome): void {
    const scan = this.current;
    const afterCancel = !scan && this.cancelled === generation;
    if ((!afterCancel && scan?.generation !== generation) || this.state.files === 0) return;
    const done = this.state.done + 1;
    this.state = { ...this.state, done, [outcome]: this.state[outcome] + 1 };
    if (scan) this.say(scan.progress, `${done.toLocaleString('en')} of ${this.state.files.toLocaleString('en')} files`, 100 / this.state.files);
    this.onChange();
  }

  /** No file is waiting: the scan `generation` is over. */
  drained(generation: number): void {
    const scan = this.current;
    if (!scan || scan.generation !== generation || (this.state.state !== 'scanning' && this.state.state !== 'paused')) return;
    this.state = { ...this.state, state: 'ready', finishedMs: Date.now() };
    scan.finish();
    this.onChange();
  }

  /** Stops the scan under way, as the notification's Cancel does: its files not looked at yet are dropped, what it
   *  read stays, and the notification goes. */
  cancel(): void {
    const scan = this.current;
    if (!scan || (this.state.state !== 'scanning' && this.state.state !== 'paused')) return;
    this.state = { ...this.state, state: 'cancelled', finishedMs: Date.now() };
    this.cancelled = scan.generation;
    this.onCancel();
    scan.finish();
    this.onChange();
  }

  /** The index was switched off, or there is no folder to index. */
  off(): void {
    this.current?.finish();
    this.cancelled = undefined;
    this.state = IDLE;
    this.onChange();
  }

  /** Resolves at once while the window is focused or in use; else when it is again (the scan waits there). */
  whenActive(): Promise<void> {
    return this.gate.whenActive();
  }

  private paused(): void {
    if (this.state.state !== 'scanning') return;
    this.state = { ...this.state, state: 'paused' };
    if (this.current) this.say(this.current.progress, 'paused while VS Code is in the background');
    this.onChange();
  }

  private resumed(): void {
    if (this.state.state === 'paused') this.state = { ...this.state, state: 'scanning' };
    this.onChange();
  }

  private say(progress: RunningScan['progress'], message: string, increment?: number): void {
    this.state = { ...this.state, progressMessages: this.state.progressMessages + 1 };
    progress.report({ message, ...(increment === undefined ? {} : { increment }) });
  }

  dispose(): void {
    this.current?.finish();
    this.gate.dispose();
  }
}
