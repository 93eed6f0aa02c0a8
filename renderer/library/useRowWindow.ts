import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { keepListInset, listFirstHeight } from './listFirstHeight';
import { rowWindow, scrollOffsetFor, type RowWindow } from './rowWindow';

interface ScrollerView {
  offset: number;
  height: number;
}

/**
 * The rows of a list of equal rows that `scroller` shows (with `overscan` rows either side), and a
 * way to bring one into view. TanStack Virtual did this with a measurement per row, built on the
 * first render: 10-16 ms of the page load's main thread at 100,000 articles, for rows that are all
 * the same height. The first render takes the height the list had at the last load
 * (`listFirstHeight`) and reads no layout; the scroller's first size report, before the first
 * paint, corrects a wrong guess.
 */
export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  total: number,
  rowHeight: number,
  overscan: number,
): RowWindow & { scrollToIndex: (index: number) => void } {
  const [view, setView] = useState<ScrollerView>(() => ({ offset: 0, height: listFirstHeight() }));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // A render for every scroll event would be one per pixel: only when the rows change.
    const update = (patch: Partial<ScrollerView>) =>
      setView((previous) => {
        const next = { ...previous, ...patch };
        return Math.floor(previous.offset / rowHeight) === Math.floor(next.offset / rowHeight) &&
          Math.ceil((previous.offset + previous.height) / rowHeight) ===
            Math.ceil((next.offset + next.height) / rowHeight) &&
          previous.height > 0 === next.height > 0
          ? previous
          : next;
      });
    let isFirstSize = true;
    // Rows rendered in the scroll's own frame, as TanStack did: no blank strip while scrolling.
    const onScroll = () => flushSync(() => update({ offset: element.scrollTop }));
    const resizes = new ResizeObserver(() => {
      // Read as TanStack read it; layout is clean when the observer calls, so nothing is forced.
      const height = element.clientHeight;
      if (isFirstSize) keepListInset(height);
      isFirstSize = false;
      // Called before the first paint, after layout: a wrong guess is corrected in that frame.
      flushSync(() => update({ height }));
    });
    element.addEventListener('scroll', onScroll, { passive: true });
    resizes.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resizes.disconnect();
    };
  }, [scroller, rowHeight]);

  const scrollToIndex = (index: number) => {
    const element = scroller.current;
    if (!element) return;
    const height = element.clientHeight;
    const target = scrollOffsetFor(index, rowHeight, element.scrollTop, height);
    if (target === null) return;
    element.scrollTo({ top: target });
    setView({ offset: element.scrollTop, height });
  };

  return { ...rowWindow(total, rowHeight, overscan, view.offset, view.height), scrollToIndex };
}
