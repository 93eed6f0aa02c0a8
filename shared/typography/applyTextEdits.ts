import type { TextEdit } from './diffText';

/** `text` with sorted, non-overlapping `edits` applied. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let position = 0;
  for (const edit of edits) {
    result += text.slice(position, edit.from) + edit.insert;
    position = edit.to;
  }
  return result + text.slice(position);
}
