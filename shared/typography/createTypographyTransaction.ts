import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { ArticleLanguage } from '../article/articleSchema';
import { applyTypography } from './applyTypography';
import { planTextblockEdits, type InlineRun } from './planTextblockEdits';
import { typographyScope } from './typographyScope';

/** A change to make, at document positions of the untouched state. */
type Change =
  | { kind: 'text'; from: number; to: number; insert: string; node: ProseMirrorNode }
  | {
      kind: 'attrs';
      from: number;
      to: number;
      node: ProseMirrorNode;
      attrs: Record<string, unknown>;
    };

/**
 * Russian or English typography over the whole editor document as one transaction —
 * one undo step — that replaces only the characters that change, so marks, the
 * selection and other positions survive. Null when the text is already typeset.
 */
export function createTypographyTransaction(
  state: EditorState,
  language: ArticleLanguage,
): Transaction | null {
  const changes: Change[] = [];
  state.doc.descendants((node, position) => {
    if (node.isTextblock) {
      collectTextblockChanges(node, position, language, changes);
      return false;
    }
    if (node.type.name === 'figure') collectFigureChange(node, position, language, changes);
    return true;
  });
  if (changes.length === 0) return null;
  const tr = state.tr;
  // From the end backwards: each change leaves the positions before it valid.
  changes.sort((left, right) => right.from - left.from || right.to - left.to);
  for (const change of changes) {
    if (change.kind === 'attrs') {
      tr.setNodeMarkup(change.from, undefined, change.attrs);
    } else if (change.insert === '') {
      tr.delete(change.from, change.to);
    } else {
      tr.replaceWith(change.from, change.to, state.schema.text(change.insert, change.node.marks));
    }
  }
  // Typesetting is its own undo step, never merged into the typing before it.
  return closeHistory(tr);
}

function collectTextblockChanges(
  textblock: ProseMirrorNode,
  position: number,
  language: ArticleLanguage,
  changes: Change[],
): void {
  const runs: InlineRun[] = [];
  const children: { node: ProseMirrorNode; start: number }[] = [];
  textblock.forEach((child, offset) => {
    children.push({ node: child, start: position + 1 + offset });
    runs.push(
      child.isText
        ? {
            text: child.text ?? '',
            frozen: child.marks.some((mark) =>
              typographyScope.frozenMarks.includes(mark.type.name),
            ),
          }
        : { text: typographyScope.inlineNodeText(child.type.name), frozen: true },
    );
  });
  for (const edit of planTextblockEdits(runs, language)) {
    const child = children[edit.run];
    if (!child) continue;
    changes.push({
      kind: 'text',
      from: child.start + edit.from,
      to: child.start + edit.to,
      insert: edit.insert,
      node: child.node,
    });
  }
}

function collectFigureChange(
  figure: ProseMirrorNode,
  position: number,
  language: ArticleLanguage,
  changes: Change[],
): void {
  const attrs: Record<string, unknown> = { ...figure.attrs };
  let changed = false;
  for (const name of typographyScope.figureTextAttributes) {
    const value = attrs[name];
    if (typeof value !== 'string') continue;
    const typeset = applyTypography(value, language);
    if (typeset !== value) {
      attrs[name] = typeset;
      changed = true;
    }
  }
  if (changed) changes.push({ kind: 'attrs', from: position, to: position, node: figure, attrs });
}
