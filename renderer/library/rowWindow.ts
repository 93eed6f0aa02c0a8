/** The rows a list of equal rows shows, and the overscan either side; empty when `last < first`. */
export interface RowWindow {
  first: number;
  last: number;
}

/**
 * Which rows of `total`, each `rowHeight` tall, a scroller `height` tall scrolled to `offset`
 * shows, widened by `overscan` rows either side: the rows TanStack Virtual picks for the same
 * list (the row holding the offset to the first row whose end reaches the scroller's bottom),
 * found by division instead of a measurement per row.
 */
export function rowWindow(
  total: number,
  rowHeight: number,
  overscan: number,
  offset: number,
  height: number,
): RowWindow {
  if (total <= 0 || height <= 0) return { first: 0, last: -1 };
  const lastIndex = total - 1;
  // Until the scroller reports a clamped position (the list shrank), the offset can sit past
  // the end, which would leave only the last row.
  const top = Math.max(0, Math.min(offset, total * rowHeight - height));
  const start = Math.min(Math.floor(top / rowHeight), lastIndex);
  const end = Math.min(Math.max(Math.ceil((top + height) / rowHeight) - 1, start), lastIndex);
  return { first: Math.max(start - overscan, 0), last: Math.min(end + overscan, lastIndex) };
}

/**
 * Where to scroll so row `index` is wholly in view, moving as little as possible (TanStack's
 * `align: 'auto'`), or null when it already is.
 */
export function scrollOffsetFor(
  index: number,
  rowHeight: number,
  offset: number,
  height: number,
): number | null {
  const start = index * rowHeight;
  const end = start + rowHeight;
  if (end >= offset + height) return Math.max(0, end - height);
  if (start <= offset) return start;
  return null;
}
