import type { Transaction } from '@tiptap/pm/state';
import type { FindMatch } from './findMatches';

/**
 * Replaces `matches` (found in `tr.doc`, in document order, not overlapping) with
 * `replacement`, all in the one transaction, so a "Replace all" is one undo step. The
 * new text takes the marks of the first character it replaces: replacing a half-bold
 * match gives all-bold text, as the eye expects from where the word started.
 */
export function replaceMatches(
  tr: Transaction,
  matches: readonly FindMatch[],
  replacement: string,
): Transaction {
  const schema = tr.doc.type.schema;
  // Last to first: each replacement leaves the positions before it where they were.
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const match = matches[index];
    if (!match) continue;
    if (replacement === '') {
      tr.delete(match.from, match.to);
      continue;
    }
    const marks = tr.doc.nodeAt(match.from)?.marks ?? [];
    tr.replaceWith(match.from, match.to, schema.text(replacement, marks));
  }
  return tr;
}
