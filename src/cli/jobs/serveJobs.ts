// A worker thread's side of a run: answers each article the main thread sends, in the order they come, with the
// same code the main thread runs for --jobs 1.
import type { MessagePort } from 'node:worker_threads';
import { transferablesOf } from '../outputLine';
import { jobAnswerer } from './answerJob';
import type { JobAnswer, JobRequest, JobSpec } from './jobProtocol';

/** Serves `spec` on `port` until the main thread terminates this worker. A failure to set up (the language tools do
 *  not load) is thrown here, so the worker dies and the main thread answers its article as failed. */
export function serveJobs(port: MessagePort, spec: JobSpec): void {
  const answering = jobAnswerer(spec);
  port.on('message', (request: JobRequest) => {
    void answering.then(async (answer) => {
      const reply = await answer(request.input);
      // A long line's pieces move to the main thread rather than being copied there.
      port.postMessage({ id: request.id, reply } satisfies JobAnswer, transferablesOf(reply.output));
    });
  });
}
