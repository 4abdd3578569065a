// The run's pipeline: items read as they come, answered up to `limit` at once, their replies handed on strictly in
// input order. Reading waits while the oldest answer is pending or being written, so a slow reader of stdout holds
// the input back too (backpressure), and memory never grows with the input.

/**
 * Answers each item of `items` with `answer` and passes the replies to `emit` in input order. `answer` must not
 * reject. When reading fails (stdin breaks), the items read before are still emitted, then the error is thrown; when
 * `emit` fails (stdout is gone), nothing more is read.
 */
export async function runInOrder<Item, Reply>(
  items: AsyncIterable<Item>,
  answer: (item: Item) => Promise<Reply>,
  emit: (item: Item, reply: Reply) => Promise<void>,
  limit: number,
): Promise<void> {
  const pending: { item: Item; reply: Promise<Reply> }[] = [];
  const emitOldest = async (): Promise<void> => {
    const oldest = pending.shift() as { item: Item; reply: Promise<Reply> };
    await emit(oldest.item, await oldest.reply);
  };
  const iterator = items[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      let next: IteratorResult<Item>;
      try {
        next = await iterator.next();
      } catch (error) {
        done = true;
        while (pending.length > 0) await emitOldest();
        throw error;
      }
      if (next.done) break;
      pending.push({ item: next.value, reply: answer(next.value) });
      while (pending.length >= limit) await emitOldest();
    }
    done = true;
    while (pending.length > 0) await emitOldest();
  } finally {
    if (!done) await iterator.return?.();
  }
}
