import { mapOrdered } from '../src/batch/ordered.js';

/** A promise that settles after `hops` trips through the microtask queue (no timers). */
async function after<T>(hops: number, value: T): Promise<T> {
  for (let i = 0; i < hops; i++) await Promise.resolve();
  return value;
}

describe('mapOrdered', () => {
  test('hands results on in input order although they finish out of order', async () => {
    const seen: number[] = [];
    // item i finishes after (7 - i % 7) hops: later items often finish first
    await mapOrdered(
      Array.from({ length: 30 }, (_, i) => i),
      (i) => after(7 - (i % 7), i * 10),
      5,
      (r) => void seen.push(r),
    );
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i * 10));
  });

  test('never has more than `window` items started and not yet handed on', async () => {
    let open = 0;
    let most = 0;
    await mapOrdered(
      Array.from({ length: 50 }, (_, i) => i),
      (i) => {
        open++;
        most = Math.max(most, open);
        return after(1 + ((i * 7) % 11), i);
      },
      4,
      () => void open--,
    );
    expect(most).toBe(4);
    expect(open).toBe(0);
  });

  test('consumes the input lazily (an endless source is fine when the run stops)', async () => {
    let pulled = 0;
    async function* endless() {
      for (let i = 0; ; i++) {
        pulled++;
        yield i;
      }
    }
    const got: number[] = [];
    await mapOrdered(endless(), (i) => after(1, i), 3, (r) => void got.push(r), () => got.length >= 5);
    expect(got.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(pulled).toBeLessThanOrEqual(5 + 3);
  });

  test('tells the total once the input is exhausted (a single item knows it is alone)', async () => {
    const infos: Array<[number, number | undefined]> = [];
    await mapOrdered(['only'], (x) => after(1, x), 4, (_r, info) => void infos.push([info.index, info.total]));
    expect(infos).toEqual([[0, 1]]);
    const many: Array<number | undefined> = [];
    await mapOrdered([1, 2, 3], (x) => after(1, x), 4, (_r, info) => void many.push(info.total));
    expect(many).toEqual([3, 3, 3]);
  });

  test('an empty input hands on nothing', async () => {
    const n = await mapOrdered([], (x) => after(1, x), 2, () => {
      throw new Error('not called');
    });
    expect(n).toBe(0);
  });
});
