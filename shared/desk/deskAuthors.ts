import * as Y from 'yjs';

/**
 * Who wrote with which Yjs client id, as the desk verified it from their token. Only the desk
 * writes this map (it puts back any entry a workstation changes), so a workstation reading it
 * knows who made a change it receives without trusting what the sender claimed.
 */
export const deskAuthorsKey = 'deskAuthors';

/**
 * The Yjs client ids that wrote the content an update carries; with `known` (a document's state
 * vector), only content that is new to it. Deletions carry the ids of what they delete, not of
 * who deleted, so they name nobody.
 */
export function updateClientIds(update: Uint8Array, known?: Uint8Array): number[] {
  const ids = new Set<number>();
  const clocks = known ? Y.decodeStateVector(known) : new Map<number, number>();
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct.id.clock + struct.length > (clocks.get(struct.id.client) ?? 0))
      ids.add(struct.id.client);
  }
  return [...ids];
}

/** The people the desk recorded for these client ids, in order, each once. */
export function authorsOf(doc: Y.Doc, clientIds: readonly number[]): string[] {
  const authors = doc.getMap<string>(deskAuthorsKey);
  const names = new Set<string>();
  for (const id of clientIds) {
    const name = authors.get(String(id));
    if (name) names.add(name);
  }
  return [...names];
}
