import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { DeskWebSocket } from '../../electron/services/desk/deskWebSocket';
import * as Y from 'yjs';

export interface DeskConnection {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves on the first sync, rejects with the desk's reason when refused. */
  synced: Promise<void>;
  /** Resolves the first time the socket closes or the desk closes this document, with why. */
  closed: Promise<{ code: number; reason: string }>;
  destroy(): void;
}

/** A Yjs document joined to a desk over Hocuspocus, as a workstation's sync agent does. */
export function connectToDesk(url: string, token: string, name: string): DeskConnection {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: DeskWebSocket,
    // Quick reconnects: the tests restart desks and want workstations back at once.
    delay: 100,
    minDelay: 100,
    maxDelay: 1_000,
  });
  let resolveSynced!: () => void;
  let rejectSynced!: (error: Error) => void;
  const synced = new Promise<void>((resolve, reject) => {
    resolveSynced = resolve;
    rejectSynced = reject;
  });
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    resolveClosed = resolve;
  });
  socket.on('close', ({ event }: { event: { code: number; reason: string } }) =>
    resolveClosed({ code: event.code, reason: String(event.reason) }),
  );
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => resolveSynced(),
    onAuthenticationFailed: ({ reason }) => rejectSynced(new Error(reason)),
    onClose: ({ event }) => resolveClosed({ code: event.code, reason: event.reason }),
  });
  provider.attach();
  return {
    doc,
    provider,
    synced,
    closed,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function waitFor(
  check: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
