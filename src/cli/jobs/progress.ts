// Progress of a long run on stderr, never on stdout: on a terminal one line redrawn in place ("newslens: 1,204 lines,
// 56 lines/s"), elsewhere (only with --progress) a line every few seconds; and a last line with the totals.
import { Writable } from 'node:stream';
import type { ProgressChoice } from '../runOptions';

/** How often the terminal line is redrawn, and how often a plain line is written, at most. */
const REDRAW_MS = 200;
const LINE_MS = 5000;
const CLEAR_LINE = '\r\x1b[K';

/** Counts the run's items and shows the count and the rate on stderr. */
export class Progress {
  private count = 0;
  private lastShown: number;
  private readonly started: number;
  private shownLine = '';

  private constructor(
    private readonly stderr: Writable,
    private readonly unit: string,
    private readonly terminal: boolean,
    private readonly now: () => number,
  ) {
    this.started = now();
    this.lastShown = this.started;
  }

  /** The progress of a run, or undefined when none is shown: `--quiet`, or stderr is no terminal and no `--progress`. */
  static of(choice: ProgressChoice | undefined, stderr: Writable, unit: string, now = () => performance.now()): Progress | undefined {
    const terminal = (stderr as { isTTY?: boolean }).isTTY === true;
    if (choice === 'off' || (choice === undefined && !terminal)) return undefined;
    return new Progress(stderr, unit, terminal, now);
  }

  /** One more item done. */
  tick(): void {
    this.count++;
    const now = this.now();
    if (now - this.lastShown < (this.terminal ? REDRAW_MS : LINE_MS)) return;
    this.lastShown = now;
    if (this.terminal) this.draw(`newslens: ${this.counted()}, ${this.rate(now)}`);
    else this.stderr.write(`newslens: progress: ${this.counted()}, ${this.rate(now)}\n`);
  }

  /** The last line: how many items, in how long, at what rate. */
  finish(): void {
    const now = this.now();
    const line = `newslens: ${this.counted()} in ${((now - this.started) / 1000).toFixed(1)} s, ${this.rate(now)}`;
    this.stderr.write(`${this.terminal ? CLEAR_LINE : ''}${line}\n`);
    this.shownLine = '';
  }

  /** The stream the run's own messages go to instead of stderr: on a terminal, each message first clears the progress
   *  line, which is drawn again under it, so the two never mix. */
  messages(): Writable {
    if (!this.terminal) return this.stderr;
    return new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.stderr.write(this.shownLine ? `${CLEAR_LINE}${chunk.toString()}${this.shownLine}` : chunk);
        done();
      },
    });
  }

  private draw(line: string): void {
    this.shownLine = line;
    this.stderr.write(`${CLEAR_LINE}${line}`);
  }

  private counted(): string {
    return `${this.count.toLocaleString('en-US')} ${this.count === 1 ? this.unit.replace(/s$/, '') : this.unit}`;
  }

  private rate(now: number): string {
    const perSecond = this.count / Math.max((now - this.started) / 1000, 0.001);
    return `${perSecond < 10 ? perSecond.toFixed(1) : Math.round(perSecond).toLocaleString('en-US')} ${this.unit}/s`;
  }
}
