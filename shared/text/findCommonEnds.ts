/** Where two sequences stop agreeing: `a.slice(start, endA)` and `b.slice(start, endB)` differ. */
export interface CommonEnds {
  start: number;
  endA: number;
  endB: number;
}

/**
 * The common start and end of two strings (compared by UTF-16 unit) or two arrays. The
 * diffs trim these before calling jsdiff, so that a diff given up as too costly still keeps
 * the unchanged head and tail instead of replacing the whole text.
 */
export function findCommonEnds<T>(a: ArrayLike<T>, b: ArrayLike<T>): CommonEnds {
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return { start, endA, endB };
}
