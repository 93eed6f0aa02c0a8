import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { getDocumentSchema } from './documentSchema';
import { allowedHeadingLevels, isAllowedLinkUrl } from './documentExtensions';
import { quoteAnchorIdPattern } from './extensions/QuoteAnchor';
import type { TiptapNode } from './tiptapJson';

/**
 * Why a document was refused, or null when it fits the article schema. The schema itself
 * refuses unknown types, misplaced content and bad figure image ids; what it cannot
 * express (link schemes, heading levels) is checked here.
 */
export function findDocumentProblem(document: TiptapNode): string | null {
  if (document.type !== 'doc') return 'the body must be a document (type "doc")';
  try {
    const node = getDocumentSchema().nodeFromJSON(document);
    node.check();
    let problem: string | null = null;
    node.descendants((child) => {
      problem ??= findNodeProblem(child);
      return problem === null;
    });
    return problem;
  } catch (error) {
    return error instanceof Error ? error.message : 'the body does not fit the article schema';
  }
}

function findNodeProblem(node: ProseMirrorNode): string | null {
  if (node.type.name === 'heading') {
    const level: unknown = node.attrs['level'];
    if (!(allowedHeadingLevels as readonly unknown[]).includes(level)) {
      return `heading level ${String(level)} is not allowed: only h2, h3 and h4`;
    }
  }
  for (const mark of node.marks) {
    const href: unknown = mark.attrs['href'];
    if (mark.type.name === 'link' && (typeof href !== 'string' || !isAllowedLinkUrl(href))) {
      return `link "${String(href)}" is not allowed: only http, https and mailto links`;
    }
    const quoteId: unknown = mark.attrs['id'];
    if (
      mark.type.name === 'quoteAnchor' &&
      (typeof quoteId !== 'string' || !quoteAnchorIdPattern.test(quoteId))
    ) {
      return `quote anchor id "${String(quoteId)}" is not an annotation id`;
    }
    if (
      mark.type.name === 'commentAnchor' &&
      (typeof quoteId !== 'string' || !quoteAnchorIdPattern.test(quoteId))
    ) {
      return `comment anchor id "${String(quoteId)}" is not a comment thread id`;
    }
  }
  return null;
}
