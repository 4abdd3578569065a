// Assertions for the browser suite (Node's assert is not there): each fails with a message saying what was seen.

/** Fails the test with `message` unless `condition` holds. */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Fails unless `promise` rejects within `withinMs`; returns the rejection so the test can say what it expects of it. */
export async function rejectsWithin(promise: Promise<unknown>, withinMs: number, what: string): Promise<Error> {
  const started = Date.now();
  const outcome = await promise.then(() => undefined, (error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  ok(outcome, `${what} succeeded; it should have been reported as a failure`);
  ok(Date.now() - started <= withinMs, `${what} took ${Date.now() - started} ms to be reported (limit ${withinMs} ms)`);
  return outcome;
}

/** Polls until `condition` holds (the UI settles asynchronously); fails with `message` after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, message: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
