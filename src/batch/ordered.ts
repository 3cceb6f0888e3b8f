/**
 * Ordered, bounded, streaming map: items are taken from an async iterable one at a time, started
 * as soon as there is room, and their results handed on strictly in input order as soon as each
 * is ready and all earlier ones were handed on. At most `window` items are in flight or waiting
 * to be handed on, so memory stays flat however many items there are.
 */

/** What the consumer is told with each result. */
export interface OrderedInfo {
  /** 0-based position of the item in the input. */
  index: number;
  /** Total number of items, once the input is exhausted (always known when `index` is the last one of a short input). */
  total: number | undefined;
}

/**
 * @param items the inputs, consumed lazily.
 * @param start starts the work for one item; must not reject (rejections are passed to `onResult` as thrown errors).
 * @param window largest number of items started but not yet handed on (≥ 1).
 * @param onResult called once per item in input order; awaited before the next result is handed on.
 * @param shouldStop polled before taking each new item; true ends the run early (items in flight are still handed on).
 * @returns the number of items handed on.
 */
export async function mapOrdered<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  start: (item: T, index: number) => Promise<R>,
  window: number,
  onResult: (result: R, info: OrderedInfo) => Promise<void> | void,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  const size = Math.max(1, Math.floor(window));
  const it = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  const pending: Array<Promise<R>> = [];
  let taken = 0;
  let handed = 0;
  let done = false;
  for (;;) {
    while (!done && pending.length < size && !shouldStop()) {
      const next = await it.next();
      if (next.done) {
        done = true;
        break;
      }
      const p = start(next.value, taken++);
      p.catch(() => undefined); // handled when its turn comes; avoids an unhandled-rejection warning meanwhile
      pending.push(p);
    }
    if (!done && shouldStop()) done = true;
    const head = pending.shift();
    if (head === undefined) break;
    const result = await head;
    await onResult(result, { index: handed++, total: done ? taken : undefined });
  }
  if (shouldStop() && typeof (it as AsyncIterator<T>).return === 'function') await (it as AsyncIterator<T>).return!();
  return handed;
}
