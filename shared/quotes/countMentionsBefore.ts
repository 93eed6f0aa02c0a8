import type { PersonMention } from './personMention';

/** How many mentions come before `offset`; they are in text order, so a binary search. */
export function countMentionsBefore(mentions: readonly PersonMention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.offset ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
