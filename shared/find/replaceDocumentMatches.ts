import type { Transaction } from '@tiptap/pm/state';
import type { DocumentMatch } from './articleMatch';
import { replaceInText } from './replaceInText';

/**
 * Replaces `matches` (found in `tr.doc`, in reading order, not overlapping) with
 * `replacement`, all in the one transaction, so a "Replace all" is one undo step. New text in
 * the body takes the marks of the first character it replaces: replacing a half-bold match
 * gives all-bold text, as the eye expects from where the word started. A figure's caption and
 * credit are its attributes, rewritten in one change of the figure.
 */
export function replaceDocumentMatches(
  tr: Transaction,
  matches: readonly DocumentMatch[],
  replacement: string,
): Transaction {
  const schema = tr.doc.type.schema;
  // Last to first: each replacement leaves the positions before it where they were.
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const match = matches[index];
    if (!match) continue;
    if (match.field !== 'body') {
      // All of this figure's matches at once: they come together, caption before credit.
      let first = index;
      while (first > 0 && sameFigure(matches[first - 1], match.figure)) first -= 1;
      replaceInFigure(tr, matches.slice(first, index + 1), match.figure, replacement);
      index = first;
      continue;
    }
    if (replacement === '') {
      tr.delete(match.from, match.to);
      continue;
    }
    const marks = tr.doc.nodeAt(match.from)?.marks ?? [];
    tr.replaceWith(match.from, match.to, schema.text(replacement, marks));
  }
  return tr;
}

function sameFigure(match: DocumentMatch | undefined, figure: number): boolean {
  return match !== undefined && match.field !== 'body' && match.figure === figure;
}

function replaceInFigure(
  tr: Transaction,
  matches: readonly DocumentMatch[],
  figure: number,
  replacement: string,
): void {
  const node = tr.doc.nodeAt(figure);
  if (!node) return;
  const attrs: Record<string, unknown> = { ...node.attrs };
  for (const field of ['caption', 'credit'] as const) {
    const ranges = matches.filter((match) => match.field === field);
    const text = attrs[field];
    if (ranges.length > 0 && typeof text === 'string') {
      attrs[field] = replaceInText(text, ranges, replacement);
    }
  }
  tr.setNodeMarkup(figure, undefined, attrs);
}
