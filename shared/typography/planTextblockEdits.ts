import type { ArticleLanguage } from '../article/articleSchema';
import type { TextEdit } from './diffText';
import { findProtectedRanges, mergeRanges, type TextRange } from './findProtectedRanges';
import { planTypography } from './planTypography';

/** One inline child of a textblock, as typography sees it. */
export interface InlineRun {
  /** A text node's text, or a one-character stand-in for an inline node (`\n` for a break). */
  text: string;
  /** Typography must not change it: code, link text, inline nodes. */
  frozen: boolean;
}

/** A typographic edit inside one run; offsets are in that run's text. */
export interface RunEdit extends TextEdit {
  run: number;
}

/**
 * The typographic edits of a textblock, split over its runs. The runs are joined and
 * processed as one text — a quote opened in plain text and closed after a bold word
 * still pairs — and each changed character goes back into the run it came from.
 * Returned in document order.
 */
export function planTextblockEdits(
  runs: readonly InlineRun[],
  language: ArticleLanguage,
): RunEdit[] {
  const starts: number[] = [];
  const frozen: TextRange[] = [];
  let text = '';
  for (const run of runs) {
    starts.push(text.length);
    if (run.frozen) frozen.push({ from: text.length, to: text.length + run.text.length });
    text += run.text;
  }
  const protectedRanges = mergeRanges([...frozen, ...findProtectedRanges(text)]);
  const edits: RunEdit[] = [];
  for (const edit of planTypography(text, language, protectedRanges)) {
    edits.push(...splitEdit(edit, runs, starts));
  }
  return edits;
}

function splitEdit(edit: TextEdit, runs: readonly InlineRun[], starts: number[]): RunEdit[] {
  if (edit.from === edit.to) {
    const run = findInsertionRun(edit.from, runs, starts);
    if (run === -1) return [];
    const local = edit.from - (starts[run] ?? 0);
    return [{ run, from: local, to: local, insert: edit.insert }];
  }
  const pieces: RunEdit[] = [];
  runs.forEach((run, index) => {
    const start = starts[index] ?? 0;
    const end = start + run.text.length;
    if (edit.from >= end || edit.to <= start) return;
    pieces.push({
      run: index,
      from: Math.max(edit.from, start) - start,
      to: Math.min(edit.to, end) - start,
      // The new characters go where the replaced ones began; later runs only lose theirs.
      insert: pieces.length === 0 ? edit.insert : '',
    });
  });
  return pieces;
}

/**
 * The run an insertion at `position` belongs to: the run around it, else the run that
 * ends there (typing continues a run's marks), else the one that starts there. An
 * insertion that only frozen runs border is dropped.
 */
function findInsertionRun(position: number, runs: readonly InlineRun[], starts: number[]): number {
  let fallback = -1;
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index];
    const start = starts[index] ?? 0;
    if (!run || run.frozen) continue;
    const end = start + run.text.length;
    if (start < position && position < end) return index;
    if (end === position) return index;
    if (start === position && fallback === -1) fallback = index;
  }
  return fallback;
}
