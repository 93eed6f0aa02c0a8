import type { ArticleLanguage } from '../article/articleSchema';
import { getDocumentSchema } from '../editor/documentSchema';
import type { TiptapNode } from '../editor/tiptapJson';
import { applyTextEdits } from './applyTextEdits';
import { applyTypography } from './applyTypography';
import { planTextblockEdits, type InlineRun, type RunEdit } from './planTextblockEdits';
import { typographyScope } from './typographyScope';

/**
 * A copy of an article body with Russian or English typography applied to every
 * paragraph and heading (and figure captions and credits). Structure and marks are kept;
 * text under a code or link mark, and link targets, are not changed.
 */
export function applyTypographyToDocument(
  document: TiptapNode,
  language: ArticleLanguage,
): TiptapNode {
  return transformNode(document, language);
}

function transformNode(node: TiptapNode, language: ArticleLanguage): TiptapNode {
  const copy = copyShallow(node);
  if (node.type === 'figure' && node.attrs) {
    const attrs = { ...node.attrs };
    for (const name of typographyScope.figureTextAttributes) {
      const value = attrs[name];
      if (typeof value === 'string') attrs[name] = applyTypography(value, language);
    }
    copy.attrs = attrs;
  }
  if (!node.content) return copy;
  copy.content = isTextblock(node)
    ? transformInline(node.content, language)
    : node.content.map((child) => transformNode(child, language));
  return copy;
}

function isTextblock(node: TiptapNode): boolean {
  const type = getDocumentSchema().nodes[node.type];
  // Unknown types are judged by their children, as extractPlainText does.
  return type ? type.isTextblock : (node.content ?? []).some((child) => child.type === 'text');
}

function transformInline(children: TiptapNode[], language: ArticleLanguage): TiptapNode[] {
  const runs: InlineRun[] = children.map(toRun);
  const editsByRun = new Map<number, RunEdit[]>();
  for (const edit of planTextblockEdits(runs, language)) {
    editsByRun.set(edit.run, [...(editsByRun.get(edit.run) ?? []), edit]);
  }
  const result: TiptapNode[] = [];
  children.forEach((child, index) => {
    const copy = copyShallow(child);
    const edits = editsByRun.get(index);
    if (edits && child.type === 'text') {
      copy.text = applyTextEdits(child.text ?? '', edits);
      // ProseMirror allows no empty text nodes: a node whose dots became another's `…` goes.
      if (copy.text === '') return;
    }
    result.push(copy);
  });
  return result;
}

function toRun(node: TiptapNode): InlineRun {
  if (node.type === 'text') {
    const frozen = (node.marks ?? []).some((mark) =>
      typographyScope.frozenMarks.includes(mark.type),
    );
    return { text: node.text ?? '', frozen };
  }
  return { text: typographyScope.inlineNodeText(node.type), frozen: true };
}

// New objects down to mark attributes, so the caller may change the result freely.
function copyShallow(node: TiptapNode): TiptapNode {
  const copy: TiptapNode = { ...node };
  if (node.attrs) copy.attrs = { ...node.attrs };
  if (node.marks) {
    copy.marks = node.marks.map((mark) =>
      mark.attrs ? { ...mark, attrs: { ...mark.attrs } } : { ...mark },
    );
  }
  return copy;
}
