import type { Editor } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';

/** Whether each of the toolbar's formats is on at the selection, by button key. */
export type ActiveFormats = Readonly<Record<string, boolean>>;

export interface ActiveFormatCheck {
  key: string;
  isActive: (editor: Editor) => boolean;
}

/** The toolbar's pressed buttons outside React: read with `useSyncExternalStore`. */
export interface ActiveFormatsStore {
  get: () => ActiveFormats;
  subscribe: (listener: () => void) => () => void;
}

/**
 * Asks the editor which formats are on only when what they depend on moved. Tiptap's
 * `isActive` of a node walks the document's top-level blocks up to the caret (ProseMirror's
 * `nodesBetween` starts at the first), so the toolbar's fourteen questions per keystroke cost
 * more the longer the article is. With a caret in text, the answers are a function of the
 * caret's ancestors and the marks it would type with (`formatContext`): typing within a
 * paragraph keeps both, and costs one short walk up from the caret instead.
 */
export function createActiveFormatsStore(
  editor: Editor,
  checks: readonly ActiveFormatCheck[],
): ActiveFormatsStore {
  const listeners = new Set<() => void>();
  let context = formatContext(editor.state);
  let formats = askEditor(editor, checks);

  /** Asks afresh and tells the listeners when a pressed state flipped. */
  const refresh = (): void => {
    const asked = askEditor(editor, checks);
    if (checks.every(({ key }) => asked[key] === formats[key])) return;
    formats = asked;
    for (const listener of listeners) listener();
  };

  const onTransaction = ({ transaction }: { transaction: Transaction }): void => {
    // Spell check's and find's own transactions move neither the selection nor the marks.
    if (!transaction.docChanged && !transaction.selectionSet && !transaction.storedMarksSet) {
      return;
    }
    const next = formatContext(editor.state);
    if (next !== null && next === context) return;
    context = next;
    refresh();
  };

  return {
    get: () => formats,
    subscribe: (listener) => {
      if (listeners.size === 0) {
        // Anything may have moved while nobody listened.
        context = formatContext(editor.state);
        refresh();
        editor.on('transaction', onTransaction);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) editor.off('transaction', onTransaction);
      };
    },
  };
}

function askEditor(editor: Editor, checks: readonly ActiveFormatCheck[]): ActiveFormats {
  return Object.fromEntries(checks.map(({ key, isActive }) => [key, isActive(editor)]));
}

/**
 * What Tiptap's `isActive` reads when the selection is a caret in text: the nodes around the
 * caret (`nodesBetween` over an empty range inside a text block visits exactly its ancestors
 * below the document) with their attributes, and the stored marks, else the marks at the
 * caret. Null for any other selection, which is always asked afresh.
 */
export function formatContext(state: EditorState): string | null {
  const { selection, storedMarks } = state;
  const { $from } = selection;
  if (!selection.empty || !$from.parent.inlineContent) return null;
  const parts: string[] = [];
  for (let depth = 1; depth <= $from.depth; depth += 1) {
    const node = $from.node(depth);
    parts.push(`${node.type.name}${JSON.stringify(node.attrs)}`);
  }
  parts.push('|');
  for (const mark of storedMarks ?? $from.marks()) {
    parts.push(`${mark.type.name}${JSON.stringify(mark.attrs)}`);
  }
  return parts.join(' ');
}
