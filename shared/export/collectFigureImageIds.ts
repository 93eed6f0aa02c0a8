import { isImageId } from '../editor/extensions/Figure';
import type { TiptapNode } from '../editor/tiptapJson';

/**
 * The image ids of a body's figures in reading order, each once: the images an export
 * copies. Images of the library the body does not show (an older draft's, say) are not
 * published. Iterative, so hostile nesting cannot overflow the stack.
 */
export function collectFigureImageIds(document: TiptapNode): string[] {
  const ids = new Set<string>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { type, attrs, content } = node as TiptapNode;
    const imageId: unknown = attrs?.['imageId'];
    if (type === 'figure' && isImageId(imageId)) ids.add(imageId);
    if (Array.isArray(content)) {
      for (let index = content.length - 1; index >= 0; index -= 1) stack.push(content[index]);
    }
  }
  return [...ids];
}
