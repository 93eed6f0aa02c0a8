import { getDocumentSchema } from './documentSchema';
import { isAllowedLinkUrl } from './documentExtensions';
import type { TiptapNode } from './tiptapJson';

/** Why a document was refused, or null when it fits the article schema. */
export function findDocumentProblem(document: TiptapNode): string | null {
  if (document.type !== 'doc') return 'the body must be a document (type "doc")';
  try {
    const node = getDocumentSchema().nodeFromJSON(document);
    node.check();
    let problem: string | null = null;
    node.descendants((child) => {
      if (problem) return false;
      for (const mark of child.marks) {
        const href: unknown = mark.attrs['href'];
        if (mark.type.name === 'link' && (typeof href !== 'string' || !isAllowedLinkUrl(href))) {
          problem = `link "${String(href)}" is not allowed: only http, https and mailto links`;
        }
      }
      return true;
    });
    return problem;
  } catch (error) {
    return error instanceof Error ? error.message : 'the body does not fit the article schema';
  }
}
