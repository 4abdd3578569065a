// A fixed number of worker threads, started as work arrives, each answering one article at a time; a worker that dies
// (out of memory, say) fails only the article it held and is replaced.
import type { Worker } from 'node:worker_threads';
import type { JobAnswer, JobInput, JobReply } from './jobProtocol';

interface Task {
  id: number;
  input: JobInput;
  resolve(reply: JobReply): void;
}

/** Runs inputs on up to `size` workers from `start`; `run` never rejects: a dead worker's task gets `crashed`'s reply. */
export class WorkerPool {
  private readonly waiting: Task[] = [];
  private readonly idle: Worker[] = [];
  /** Each live worker, with the task it holds (undefined while idle). */
  private readonly live = new Map<Worker, Task | undefined>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly start: () => Worker,
    private readonly crashed: (input: JobInput, error: Error) => JobReply,
  ) {}

  run(input: JobInput): Promise<JobReply> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, input, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks still waiting are dropped (the run is over). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live.keys()].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (!this.closed && this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.live.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.waiting.shift() as Task;
      this.live.set(worker, task);
      worker.postMessage({ id: task.id, input: task.input });
    }
  }

  private spawn(): Worker {
    const worker = this.start();
    this.live.set(worker, undefined);
    worker.on('message', (answer: JobAnswer) => {
      const task = this.live.get(worker);
      if (!task || task.id !== answer.id) return;
      this.live.set(worker, undefined);
      this.idle.push(worker);
      task.resolve(answer.reply);
      this.dispatch();
    });
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) => this.lose(worker, new Error(`it exited with code ${code}`)));
    return worker;
  }

  /** A worker died: its task, if any, is answered as crashed, and the others go on (on a new worker if need be). */
  private lose(worker: Worker, error: Error): void {
    if (!this.live.has(worker)) return;
    const task = this.live.get(worker);
    this.live.delete(worker);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    if (this.closed) return;
    void worker.terminate();
    if (task) task.resolve(this.crashed(task.input, error));
    this.dispatch();
  }
}
