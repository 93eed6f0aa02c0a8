import { documentInputSchema } from '../../../shared/article/articleSchema';
import type { BodyChange } from '../../../shared/article/bodyChangeSchema';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import type { KeptBody } from './keptBodies';

/**
 * The document check of a body with changed blocks spliced in (`applyBodyChange`), with the body
 * as the check gives it back, or its message. A body's content is `block+`, each block checked
 * on its own, so when every kept block has passed the check before (`KeptBody.checked`), only
 * the changed blocks are checked: not the other 10,000 words on every save (about 8 % of a
 * block save's time). Anything else, a refusal included, is checked whole, so the answer and its
 * message are the ones a whole check gives.
 */
export function checkSplicedBody(
  base: KeptBody,
  change: BodyChange,
  spliced: TiptapNode,
): { ok: true; body: TiptapNode } | { ok: false; message: string } {
  const blocks = spliced.content ?? [];
  if (base.checked && blocks.length > 0) {
    if (change.blocks.length === 0) return { ok: true, body: spliced };
    const part = documentInputSchema.safeParse({ type: 'doc', content: change.blocks });
    if (part.success) {
      const end = change.start + change.blocks.length;
      const content = [
        ...blocks.slice(0, change.start),
        ...(part.data.content ?? []),
        ...blocks.slice(end),
      ];
      return { ok: true, body: { ...spliced, content } };
    }
  }
  const whole = documentInputSchema.safeParse(spliced);
  if (whole.success) return { ok: true, body: whole.data };
  return { ok: false, message: whole.error.issues[0]?.message ?? 'body: invalid' };
}
