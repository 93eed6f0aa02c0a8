import type { Connection, Document } from '@hocuspocus/server';
import {
  workstationPresenceSchema,
  type DeskPresenceList,
  type PresenceUser,
} from '../../../shared/desk/presenceSchema';

/** A workstation not heard from for this long is left out of the list (it renews every 3 s). */
const staleMs = 10_000;

/**
 * The desk's side of presence. Each awareness state a workstation sends is checked and stamped
 * with the person the desk verified from the connection's token before it is relayed, so a name
 * next to a caret is never one a workstation claimed; the board also lists, per loaded document,
 * who has it open in an editor (`GET /presence`), for the library's "editing now" markers.
 */
export class DeskPresenceBoard {
  /** Per document: when each client's state last arrived (renewals included). */
  private readonly seen = new Map<string, Map<number, number>>();

  /**
   * Rewrites an inbound awareness update in place: only well-formed presence states pass (what
   * Hocuspocus adds of its own, an empty state, goes), each stamped with `user`; a client id
   * another connection already uses is refused.
   */
  stamp(
    states: Map<number, Record<string, unknown>>,
    user: PresenceUser,
    document: Document,
    connection: Connection | undefined,
  ): void {
    const others = new Set<number>();
    for (const other of document.getConnections()) {
      if (other === connection) continue;
      for (const clientId of document.getClients(other)) others.add(clientId as number);
    }
    for (const [clientId, state] of [...states]) {
      const parsed = workstationPresenceSchema.safeParse(state);
      if (!parsed.success || others.has(clientId)) states.delete(clientId);
      else states.set(clientId, { sessions: parsed.data.sessions, user });
    }
  }

  noteUpdate(documentName: string, changed: number[], removed: number[]): void {
    let seen = this.seen.get(documentName);
    if (!seen) this.seen.set(documentName, (seen = new Map<number, number>()));
    const now = Date.now();
    for (const clientId of changed) seen.set(clientId, now);
    for (const clientId of removed) seen.delete(clientId);
  }

  forget(documentName: string): void {
    this.seen.delete(documentName);
  }

  list(documents: Map<string, Document>): DeskPresenceList {
    const now = Date.now();
    const listed: DeskPresenceList['documents'] = [];
    for (const [name, seen] of this.seen) {
      const states = documents.get(name)?.awareness.getStates();
      if (!states) continue;
      const people: DeskPresenceList['documents'][number]['people'] = [];
      for (const [clientId, at] of seen) {
        if (now - at > staleMs) continue;
        const parsed = workstationPresenceSchema.safeParse(states.get(clientId));
        if (!parsed.success || !parsed.data.user || parsed.data.sessions.length === 0) continue;
        people.push({ clientId, ...parsed.data.user });
      }
      if (people.length > 0) listed.push({ name, people });
    }
    return { documents: listed };
  }
}
