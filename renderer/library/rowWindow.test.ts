import { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollOffsetFor } from './rowWindow';

const rowHeight = 96;
const overscan = 8;

/** The rows TanStack Virtual, which the list used before, renders for the same list and view. */
function tanstackRows(total: number, offset: number, height: number) {
  const virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
    count: total,
    getScrollElement: () => null,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: { width: 0, height },
    initialOffset: offset,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
    scrollToFn: () => undefined,
  });
  const items = virtualizer.getVirtualItems();
  return { first: items[0]?.index ?? 0, last: items.at(-1)?.index ?? -1 };
}

describe('rowWindow', () => {
  it('picks the rows TanStack Virtual picked, at the top, deep in the list and at its end', () => {
    for (const total of [0, 1, 5, 24, 1_000, 100_000]) {
      for (const height of [0, 1, 95, 96, 97, 380, 580, 580.5, 760]) {
        const end = total * rowHeight;
        for (const offset of [
          0,
          0.5,
          1,
          95,
          96,
          97,
          500,
          4_800,
          end / 2,
          end - height,
          end - 1,
          end,
        ]) {
          if (offset < 0) continue;
          expect(
            rowWindow(total, rowHeight, overscan, offset, height),
            `${total} ${height} ${offset}`,
          ).toEqual(tanstackRows(total, offset, height));
        }
      }
    }
  });
});

describe('scrollOffsetFor', () => {
  it('scrolls a row below the view up to the bottom, one above down to the top, and leaves one in view', () => {
    expect(scrollOffsetFor(10, rowHeight, 0, 580)).toBe(11 * rowHeight - 580);
    expect(scrollOffsetFor(2, rowHeight, 960, 580)).toBe(2 * rowHeight);
    expect(scrollOffsetFor(3, rowHeight, 0, 580)).toBeNull();
  });
});
