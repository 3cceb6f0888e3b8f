import { firstAtOrAfter } from '../src/util/search.js';

describe('firstAtOrAfter', () => {
  const xs = [2, 4, 4, 9];
  test.each([
    [0, 0], [2, 0], [3, 1], [4, 1], [5, 3], [9, 3], [10, 4],
  ])('first index with key ≥ %d is %d', (x, i) => {
    expect(firstAtOrAfter(xs, x, (v) => v)).toBe(i);
  });
  test('an empty list gives 0; a key function reads objects', () => {
    expect(firstAtOrAfter([], 5, (v: number) => v)).toBe(0);
    expect(firstAtOrAfter([{ start: 1 }, { start: 7 }], 7, (t) => t.start)).toBe(1);
  });
});
