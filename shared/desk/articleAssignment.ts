import * as Y from 'yjs';
import { articleDocumentKeys } from './articleDocument';
import type { Assignee } from './deskPerson';
import { verifiedWriter } from './verifiedWriter';

/**
 * The assignment lives in the article's `article` map under one key, so it merges as one
 * last-writer-wins value: two people assigning at once settle on one of them, never on one's
 * id with the other's name. `by` and `at` are what the writer claims; a reader takes the
 * desk-verified writer of the key instead where there is one (`readArticleAssignment`).
 */
export const assignmentKey = 'assignee';

export interface DocumentAssignment {
  assignee: Assignee | null;
  by: string;
  at: number;
}

/** Writes the assignment unless the document already holds the same assignee; true when written. */
export function writeArticleAssignment(
  doc: Y.Doc,
  assignment: DocumentAssignment,
  origin: unknown = null,
): boolean {
  const map = doc.getMap<unknown>(articleDocumentKeys.fields);
  const current = readStored(map);
  if (current !== undefined && sameAssignee(current.assignee, assignment.assignee)) return false;
  // Nobody assigned and nothing ever written: writing null would only add an item to merge.
  if (current === undefined && assignment.assignee === null) return false;
  doc.transact(() => map.set(assignmentKey, { ...assignment }), origin);
  return true;
}

/**
 * The document's assignment, with `by` the person the desk verified for whoever wrote it (the
 * claimed name only where no desk has stamped the writer yet); undefined when never assigned.
 */
export function readArticleAssignment(doc: Y.Doc): DocumentAssignment | undefined {
  const map = doc.getMap<unknown>(articleDocumentKeys.fields);
  const stored = readStored(map);
  if (!stored) return undefined;
  return { ...stored, by: verifiedWriter(map, assignmentKey) ?? stored.by };
}

export function sameAssignee(a: Assignee | null, b: Assignee | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && a.name === b.name);
}

function readStored(map: Y.Map<unknown>): DocumentAssignment | undefined {
  const value = map.get(assignmentKey);
  if (!value || typeof value !== 'object' || value instanceof Y.AbstractType) return undefined;
  const { assignee, by, at } = value as Partial<DocumentAssignment>;
  const isAssignee =
    assignee === null ||
    (typeof assignee === 'object' &&
      typeof assignee.id === 'string' &&
      typeof assignee.name === 'string');
  if (!isAssignee || typeof by !== 'string' || typeof at !== 'number') return undefined;
  return { assignee: assignee ?? null, by, at };
}
