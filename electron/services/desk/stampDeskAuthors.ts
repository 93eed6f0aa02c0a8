import * as Y from 'yjs';
import { deskAuthorsKey, updateClientIds } from '../../../shared/desk/deskAuthors';

/** The desk's own writes to a document (author stamps), told apart from workstations' changes. */
export const deskOrigin = 'galley-desk';

/**
 * Records who sent an update, before it is applied and relayed, so every workstation receives
 * the stamp ahead of the change. Only content new to the desk counts (a workstation may relay
 * others' content the desk already has); new content under a client id the desk already knows
 * as someone else's is refused: that would be writing in their name. Returns a reason to
 * refuse, or null.
 */
export function stampDeskAuthors(doc: Y.Doc, update: Uint8Array, person: string): string | null {
  let clientIds: number[];
  try {
    clientIds = updateClientIds(update, Y.encodeStateVector(doc));
  } catch {
    return 'malformed update';
  }
  const authors = doc.getMap<string>(deskAuthorsKey);
  const fresh = clientIds.filter((id) => !authors.has(String(id)));
  if (clientIds.some((id) => (authors.get(String(id)) ?? person) !== person))
    return 'update under another person’s client id';
  if (fresh.length > 0) {
    doc.transact(() => {
      for (const id of fresh) authors.set(String(id), person);
    }, deskOrigin);
  }
  return null;
}

/** What the desk knows to be true, to put back whatever a workstation wrote into the map. */
export function snapshotDeskAuthors(doc: Y.Doc): Map<string, string> {
  return new Map(doc.getMap<string>(deskAuthorsKey).entries());
}

/** Puts the map back to `truth` (entries added or changed by a workstation are undone). */
export function restoreDeskAuthors(doc: Y.Doc, truth: ReadonlyMap<string, string>): void {
  const authors = doc.getMap<string>(deskAuthorsKey);
  const wrong = [...authors.entries()].filter(([id, name]) => truth.get(id) !== name);
  const missing = [...truth].filter(([id]) => !authors.has(id));
  if (wrong.length === 0 && missing.length === 0) return;
  doc.transact(() => {
    for (const [id] of wrong) {
      const name = truth.get(id);
      if (name === undefined) authors.delete(id);
      else authors.set(id, name);
    }
    for (const [id, name] of missing) authors.set(id, name);
  }, deskOrigin);
}
