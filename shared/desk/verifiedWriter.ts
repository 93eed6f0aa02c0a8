import type * as Y from 'yjs';
import { deskAuthorsKey } from './deskAuthors';

/**
 * The person the desk verified for whoever wrote `key` of `map`, or null when no desk has
 * stamped that writer (a workstation's own edits not pushed yet). Each key of a Y.Map is held
 * by the Item its writer created, and the Item's id names the writer's Yjs client, so this is
 * read from the document itself, never from a value a client wrote about itself.
 */
export function verifiedWriter(map: Y.Map<unknown>, key: string): string | null {
  const item = map._map.get(key);
  if (!item || item.deleted || !map.doc) return null;
  return map.doc.getMap<string>(deskAuthorsKey).get(String(item.id.client)) ?? null;
}
