/**
 * Binary search over lists sorted by a numeric key (offsets, mostly).
 */

/**
 * Index of the first element whose key is ≥ `x`, or `list.length` when none is.
 *
 * @param list sorted ascending by `key`.
 * @param x the value searched for (e.g. an offset in UTF-16 code units).
 * @param key the sort key of an element.
 */
export function firstAtOrAfter<T>(list: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
