import type { Awareness } from 'y-protocols/awareness';
import type { PresentPerson } from '../../../shared/desk/presenceSchema';

/** What `yCursorPlugin` reads from a state: the label and colour of a caret, and where it is. */
interface CaretState {
  user: { name: string; color: string };
  cursor: PresentPerson['cursor'];
}

/**
 * Puts everyone else in the article into the editor's awareness, as remote states the cursor
 * plugin draws, and takes out whoever left. The renderer has no connection of its own to share
 * awareness over, so states are written the way `applyAwarenessUpdate` writes them (state,
 * clock, time), under a local id per editor (`clientIds`, key → id), and `change` is emitted.
 * Each answer renews every state, so the awareness's own 30 s timeout never drops someone who
 * is still there.
 */
export function applyRemotePresence(
  awareness: Awareness,
  people: readonly PresentPerson[],
  clientIds: Map<string, number>,
): void {
  const now = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const removed: number[] = [];
  const present = new Set<number>();
  for (const person of people) {
    let clientId = clientIds.get(person.key);
    if (clientId === undefined) {
      clientId = clientIds.size + 1;
      // Never this editor's own id (the document's), which the plugin leaves out.
      if (clientId >= awareness.clientID) clientId += 1;
      clientIds.set(person.key, clientId);
    }
    present.add(clientId);
    const state: CaretState = {
      user: { name: person.name, color: person.colour },
      cursor: person.cursor,
    };
    const before = awareness.states.get(clientId);
    awareness.states.set(clientId, state);
    awareness.meta.set(clientId, {
      clock: (awareness.meta.get(clientId)?.clock ?? 0) + 1,
      lastUpdated: now,
    });
    if (!before) added.push(clientId);
    else if (JSON.stringify(before) !== JSON.stringify(state)) updated.push(clientId);
  }
  for (const clientId of clientIds.values()) {
    if (present.has(clientId) || !awareness.states.has(clientId)) continue;
    awareness.states.delete(clientId);
    removed.push(clientId);
  }
  if (added.length + updated.length + removed.length > 0)
    awareness.emit('change', [{ added, updated, removed }, 'galley-services']);
}
