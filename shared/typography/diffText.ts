import { diffChars } from 'diff';
import { findCommonEnds } from '../text/findCommonEnds';

/** Replace `[from, to)` of the old text with `insert`; offsets are in the old text. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/**
 * Beyond this many single-character edits the middle is replaced as one piece: typography
 * changes a few characters per sentence, so only a rewrite gets here, and the cost of the
 * diff stays bounded.
 */
const maxEditDistance = 1000;

/**
 * The minimal edits turning `before` into `after` (jsdiff's `diffChars`, a Myers diff over
 * code points), sorted, with a removal and the insertion beside it joined into one edit.
 * Typography maps its result back onto text nodes and editor positions with these, so
 * that marks and positions outside the changed characters survive.
 */
export function diffText(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const ends = findCommonEnds(before, after);
  // The ends are compared by UTF-16 unit: step off half a surrogate pair so that jsdiff
  // sees whole code points and an edit never splits an emoji.
  const start = isLowSurrogate(before, ends.start) ? ends.start - 1 : ends.start;
  const shift = isLowSurrogate(before, ends.endA) ? 1 : 0;
  const endA = ends.endA + shift;
  const endB = ends.endB + shift;
  const changes = diffChars(before.slice(start, endA), after.slice(start, endB), {
    maxEditLength: maxEditDistance,
  });
  if (!changes) return [{ from: start, to: endA, insert: after.slice(start, endB) }];
  const edits: TextEdit[] = [];
  let position = start;
  let open: TextEdit | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      position += change.value.length;
      open = undefined;
      continue;
    }
    if (!open) {
      open = { from: position, to: position, insert: '' };
      edits.push(open);
    }
    if (change.removed) {
      open.to += change.value.length;
      position += change.value.length;
    } else {
      open.insert += change.value;
    }
  }
  return edits;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
