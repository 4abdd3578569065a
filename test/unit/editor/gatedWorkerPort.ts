// An in-memory analysis worker that answers only when a test says so: the real worker's work (DocumentAnalysers, the
// real engine), held back behind a gate, so a test decides the order in which answers arrive.
import { DocumentAnalysers } from '../../../src/documentAnalysers';
import type { WorkerPort } from '../../../src/editor/workerPort';
import type { AnalysisRequest, AnalysisResponse, WorkerRequest } from '../../../src/editor/workerProtocol';

/** A WorkerPort whose requests wait until `release()`. */
export class GatedWorkerPort implements WorkerPort {
  /** Requests received and not yet answered, oldest first. */
  readonly pending: AnalysisRequest[] = [];
  /** Every analysis request received, answered or not. */
  readonly analysed: AnalysisRequest[] = [];
  /** The documents the worker was told to forget. */
  readonly forgotten: string[] = [];
  terminated = false;
  private readonly analysers = new DocumentAnalysers();
  private readonly answerListeners = new Set<(response: AnalysisResponse) => void>();
  private readonly failureListeners = new Set<(error: Error) => void>();

  postMessage(request: WorkerRequest): void {
    if ('forget' in request) {
      this.forgotten.push(request.forget);
      this.analysers.forget(request.forget);
      return;
    }
    if (!('text' in request)) throw new Error('GatedWorkerPort answers analyses only, not the workspace index\'s requests');
    this.pending.push(request);
    this.analysed.push(request);
  }

  /** Answers the oldest waiting request: with the engine's analysis, or with `error` as a broken engine would. */
  async release(answer: { error?: string } = {}): Promise<void> {
    const request = this.pending.shift();
    if (!request) throw new Error('no request is waiting');
    const send = (response: AnalysisResponse): void => { for (const listener of [...this.answerListeners]) listener(response); };
    if (answer.error) send({ id: request.id, error: answer.error });
    else await this.analysers.answer(request, send);
  }

  onMessage(listener: (response: AnalysisResponse) => void) { return this.listen(this.answerListeners, listener); }
  onFailure(listener: (error: Error) => void) { return this.listen(this.failureListeners, listener); }
  terminate(): void { this.terminated = true; }

  private listen<T>(listeners: Set<T>, listener: T) {
    listeners.add(listener);
    return { dispose: () => listeners.delete(listener) };
  }
}
