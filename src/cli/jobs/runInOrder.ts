// The run's pipeline: items read as they come, answered up to `limit` at once, their replies handed on strictly in
// input order, each as soon as it and those before it are answered. So a tool that writes a line and waits for its
// answer (a co-process) gets it at once, and reading stops while `limit` items wait to be written, so a slow reader
// of stdout holds the input back too (backpressure) and memory never grows with the input.

interface Pending<Item, Reply> {
  item: Item;
  reply: Promise<Reply>;
}

/**
 * Answers each item of `items` with `answer` and passes the replies to `emit` in input order. `answer` must not
 * reject. When reading fails (stdin breaks), the items read before are still emitted, then the error is thrown. When
 * `emit` fails (stdout is gone), nothing more is read and the input is closed; a read already waiting for input is
 * left to the caller to end (by destroying the stream it reads).
 */
export async function runInOrder<Item, Reply>(
  items: AsyncIterable<Item>,
  answer: (item: Item) => Promise<Reply>,
  emit: (item: Item, reply: Reply) => Promise<void>,
  limit: number,
): Promise<void> {
  const iterator = items[Symbol.asyncIterator]();
  const pending: Pending<Item, Reply>[] = [];
  let wakeWriter = (): void => undefined;
  let wakeReader = (): void => undefined;
  let stopped = false;
  let stop = (): void => undefined;
  const stopping = new Promise<'stop'>((resolve) => { stop = () => resolve('stop'); });
  let reading = false;
  let readDone = false;
  let readFailure: { error: unknown } | undefined;

  const reader = (async () => {
    try {
      while (!stopped) {
        if (pending.length >= limit) {
          await new Promise<void>((resolve) => { wakeReader = resolve; });
          continue;
        }
        reading = true;
        const request = iterator.next();
        request.then(() => { reading = false; }, () => { reading = false; });
        const next = await Promise.race([request, stopping]);
        if (next === 'stop' || next.done) break;
        pending.push({ item: next.value, reply: answer(next.value) });
        wakeWriter();
      }
    } catch (error) {
      readFailure = { error };
    } finally {
      readDone = true;
      wakeWriter();
    }
  })();

  try {
    for (;;) {
      const oldest = pending[0];
      if (!oldest) {
        if (readDone) break;
        await new Promise<void>((resolve) => { wakeWriter = resolve; });
        continue;
      }
      await emit(oldest.item, await oldest.reply);
      pending.shift();
      wakeReader();
    }
  } catch (error) {
    stopped = true;
    stop();
    wakeReader();
    await reader;
    // A read still waiting for input would hold return() back until input comes: the caller ends that read.
    if (reading) void iterator.return?.()?.catch(() => undefined);
    else if (!readFailure) await iterator.return?.();
    throw error;
  }
  if (readFailure) throw readFailure.error;
}
