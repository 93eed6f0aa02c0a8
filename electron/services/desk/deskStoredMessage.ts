import * as Y from 'yjs';

/**
 * The desk tells workstations what it has stored (a Yjs state vector), after each store and
 * when asked. Only then does a workstation count its changes as pushed: the desk acknowledging
 * an update in memory is not enough, since the desk may be killed before it stores.
 */
export const storedQuestion = JSON.stringify({ type: 'stored?' });

export function encodeStoredMessage(vector: Uint8Array): string {
  return JSON.stringify({ type: 'stored', vector: Buffer.from(vector).toString('base64') });
}

/** The stored state vector in a desk message, or null for any other message. */
export function storedMessage(payload: string): Uint8Array | null {
  try {
    const message = JSON.parse(payload) as { type?: unknown; vector?: unknown };
    if (message.type !== 'stored' || typeof message.vector !== 'string') return null;
    return new Uint8Array(Buffer.from(message.vector, 'base64'));
  } catch {
    return null;
  }
}

export function isStoredQuestion(payload: string): boolean {
  return payload === storedQuestion;
}

/** True when every change counted in `local` is also counted in `stored`. */
export function isVectorCovered(local: Uint8Array, stored: Uint8Array): boolean {
  const storedClocks = Y.decodeStateVector(stored);
  for (const [client, clock] of Y.decodeStateVector(local)) {
    if ((storedClocks.get(client) ?? 0) < clock) return false;
  }
  return true;
}
