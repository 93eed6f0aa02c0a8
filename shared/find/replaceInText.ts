import type { TextRange } from './findInText';

/** `text` with each of `ranges` (in order, not overlapping) replaced by `replacement`. */
export function replaceInText(
  text: string,
  ranges: readonly TextRange[],
  replacement: string,
): string {
  let result = '';
  let at = 0;
  for (const { from, to } of ranges) {
    result += text.slice(at, from) + replacement;
    at = to;
  }
  return result + text.slice(at);
}
