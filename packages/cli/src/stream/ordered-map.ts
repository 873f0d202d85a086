/**
 * Maps an async source with up to `limit` calls of `fn` in flight, yielding the results in source
 * order. The source is pulled only while fewer than `limit` results wait, so a slow consumer
 * (the store) holds back the readers and extractors: at most `limit` items are in memory.
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  limit: number,
): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const pending: Array<Promise<R>> = [];
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length < limit) {
        const next = await it.next();
        if (next.done) done = true;
        else {
          const p = fn(next.value);
          p.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
          pending.push(p);
        }
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!done) await it.return?.();
    await Promise.allSettled(pending);
  }
}
