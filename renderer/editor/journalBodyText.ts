import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BodyChange } from '../../shared/article/bodyChangeSchema';
import { bodyJsonText } from './bodyJsonText';

/**
 * A `JournalBody` as JSON text: the changed blocks a save sends when it has them (a paragraph's
 * worth), the whole body only when it has not (its text joined from blocks serialised once).
 */
export function journalBodyText(
  doc: ProseMirrorNode,
  change: BodyChange | undefined,
  baseVersion: number,
): string {
  if (change) return JSON.stringify({ kind: 'splice', baseVersion, change });
  return `{"kind":"whole","doc":${bodyJsonText(doc)}}`;
}
