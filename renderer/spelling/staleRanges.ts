import type { Transaction } from '@tiptap/pm/state';

/** A span of the document whose spelling must be looked at again, in its positions. */
export interface StaleRange {
  from: number;
  to: number;
}

/**
 * The stale ranges after `tr`: the earlier ones moved through its mapping, plus the text each
 * of its steps inserted or joined, merged where they touch. Typing in one place keeps this to
 * one short range, so the idle check reads a paragraph, not the article.
 */
export function staleRangesAfter(ranges: readonly StaleRange[], tr: Transaction): StaleRange[] {
  const { mapping } = tr;
  const next: StaleRange[] = ranges.map((range) => ({
    from: mapping.map(range.from, -1),
    to: mapping.map(range.to, 1),
  }));
  mapping.maps.forEach((map, index) => {
    const after = mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      next.push({ from: after.map(newStart, -1), to: after.map(newEnd, 1) });
    });
  });
  return mergeStaleRanges(next);
}

/** The ranges moved through `tr` (text inside them may have changed; nothing is added). */
export function mapStaleRanges(ranges: readonly StaleRange[], tr: Transaction): StaleRange[] {
  if (ranges.length === 0) return [];
  const { mapping } = tr;
  return mergeStaleRanges(
    ranges.map((range) => ({ from: mapping.map(range.from, -1), to: mapping.map(range.to, 1) })),
  );
}

/** Sorted, with ranges that overlap or touch made one. */
export function mergeStaleRanges(ranges: readonly StaleRange[]): StaleRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: StaleRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ from: range.from, to: Math.max(range.from, range.to) });
  }
  return merged;
}
