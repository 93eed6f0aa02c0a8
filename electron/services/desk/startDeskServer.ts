import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import { isTransactionOrigin, Server, type onStoreDocumentPayload } from '@hocuspocus/server';
import { parseArticleDocumentName } from '../../../shared/desk/deskDocumentName';
import type { DeskPresenceList } from '../../../shared/desk/presenceSchema';
import type { DeskChange, DeskStore, DeskUser } from './deskStore';
import * as Y from 'yjs';
import { maxImageBytes, sniffImageMimeType } from '../library/imageStore';
import { authenticateDeskToken } from './deskTokens';
import { DeskPresenceBoard } from './deskPresenceBoard';
import { encodeStoredMessage, isStoredQuestion, isVectorCovered } from './deskStoredMessage';
import type { DeskRedis } from './deskRedis';
import { restoreDeskAuthors, snapshotDeskAuthors, stampDeskAuthors } from './stampDeskAuthors';

export interface DeskServerOptions {
  store: DeskStore;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** The largest WebSocket message the desk accepts; larger ones close that connection (1009). */
  maxMessageBytes?: number;
  /** How long a revocation may take to reach a connection that is already open. */
  revocationCheckMs?: number;
  /**
   * `redis://host:port[/db]`: several desk processes over one PostgreSQL share live updates
   * and awareness through it (see README, "Scaling out with Redis").
   */
  redis?: string;
  log?: (line: string) => void;
}

export interface DeskServer {
  /** `ws://host:port`, what workstations join. */
  url: string;
  port: number;
  /** Stores every open document and closes every connection. */
  close(): Promise<void>;
}

/** What the desk knows about a connection: the person it verified from their token. */
interface DeskContext {
  user: DeskUser;
  checkedAt: number;
}

export const defaultMaxMessageBytes = 8 * 1024 * 1024;

/**
 * `/documents?since=` answers from this much earlier: a store that took its time stamp before
 * another but committed after it (two pool connections, two desk processes) is listed again
 * rather than passed over; workstations skip documents whose time they have already seen.
 */
const listOverlapMs = 10_000;

/** A refused connection or message; Hocuspocus sends `reason` to the workstation, which shows it. */
class DeskRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly code = 4403,
  ) {
    super(reason);
  }
}

/**
 * `galley desk`: Hocuspocus with its Database extension over a DeskStore. Every connection
 * authenticates with a personal token; the identity recorded with each update is the one the
 * desk verified, never one the client claims.
 */
export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const { store } = options;
  const log = options.log ?? (() => undefined);
  const revocationCheckMs = options.revocationCheckMs ?? 5_000;
  let pendingChanges: DeskChange[] = [];
  let changesWritten: Promise<void> = Promise.resolve();

  // Accepted updates are logged in batches; a batch lost to a crash loses only the audit
  // entries, never text (the workstations keep every update until the desk has it).
  const flushChanges = (): Promise<void> => {
    const batch = pendingChanges;
    pendingChanges = [];
    if (batch.length === 0) return changesWritten;
    changesWritten = changesWritten
      .then(() => store.recordChanges(batch))
      .catch((error: unknown) => log(`galley desk: could not log changes: ${describe(error)}`));
    return changesWritten;
  };
  const changeTimer = setInterval(() => void flushChanges(), 250);
  // What each loaded document has in the store, as a state vector: workstations count their
  // changes pushed only when this covers them.
  const storedVectors = new Map<string, Uint8Array>();
  // Who wrote under each client id, per loaded document, as the desk verified it.
  const authors = new Map<string, Map<string, string>>();
  const presence = new DeskPresenceBoard();

  // Loaded only when asked for: ioredis is a third of what a desk without Redis would load.
  const redis: DeskRedis | undefined = options.redis
    ? await (await import('./deskRedis')).DeskRedis.connect(options.redis, log)
    : undefined;
  const server: Server<DeskContext> = new Server<DeskContext>({
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 2_000,
    websocketOptions: { maxPayload: options.maxMessageBytes ?? defaultMaxMessageBytes },
    extensions: [
      ...(redis ? [redis] : []),
      new DatabaseExtension({
        fetch: async ({ documentName }) => {
          const state = await store.loadDocument(documentName);
          storedVectors.set(
            documentName,
            state ? Y.encodeStateVectorFromUpdate(state) : Y.encodeStateVector(new Y.Doc()),
          );
          return state;
        },
        store: async ({ documentName, state, document }) => {
          // What the store now holds: this state merged with any other desk process's writes.
          const vector = await store.storeDocument(documentName, state, Date.now());
          storedVectors.set(documentName, vector);
          document.broadcastStateless(encodeStoredMessage(vector));
        },
      }),
    ],
    onAuthenticate: async ({ token, documentName }) => {
      if (parseArticleDocumentName(documentName) === null)
        throw new DeskRefusal('invalid document name');
      const authentication = await authenticateDeskToken(store, token);
      if (!authentication.ok) throw new DeskRefusal(authentication.reason, 4401);
      return { user: authentication.user, checkedAt: Date.now() };
    },
    beforeHandleMessage: async ({ context }) => {
      if (Date.now() - context.checkedAt < revocationCheckMs) return;
      const users = await store.listUsers();
      const current = users.find((user) => user.id === context.user.id);
      if (!current || current.revokedAt !== null) throw new DeskRefusal('revoked token', 4401);
      context.checkedAt = Date.now();
    },
    afterLoadDocument: ({ documentName, document }) => {
      authors.set(documentName, snapshotDeskAuthors(document));
      return Promise.resolve();
    },
    beforeSync: ({ type, payload, document, documentName, context }) => {
      // 1 = a sync reply, 2 = a live update: both carry changes, stamped before they apply.
      if ((type !== 1 && type !== 2) || !context?.user) return Promise.resolve();
      const refusal = stampDeskAuthors(document, payload, context.user.name);
      if (refusal) throw new DeskRefusal(refusal, 4400);
      authors.set(documentName, snapshotDeskAuthors(document));
      return Promise.resolve();
    },
    onChange: ({ documentName, context, update, document, transactionOrigin }) => {
      // Another desk process's updates arrive through Redis already stamped and checked there.
      if (isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'redis') {
        authors.set(documentName, snapshotDeskAuthors(document));
        return Promise.resolve();
      }
      // Updates without a person are the desk's own (loading a stored state).
      if (!context?.user) return Promise.resolve();
      const truth = authors.get(documentName);
      if (truth) restoreDeskAuthors(document, truth);
      pendingChanges.push({ documentName, userId: context.user.id, at: Date.now(), update });
      return Promise.resolve();
    },
    beforeHandleAwareness: ({ states, context, document, connection }) => {
      // States relayed by another desk process through Redis were stamped where they came in.
      if (!connection) return Promise.resolve();
      // Only a person's connection publishes presence, under the name the desk verified.
      if (!context?.user) states.clear();
      else {
        const { id, name, role } = context.user;
        presence.stamp(states, { id, name, role }, document, connection);
      }
      return Promise.resolve();
    },
    onAwarenessUpdate: ({ documentName, added, updated, removed }) => {
      presence.noteUpdate(documentName, [...added, ...updated], removed);
      return Promise.resolve();
    },
    onStateless: ({ connection, documentName, document, payload }) => {
      if (!isStoredQuestion(payload)) return Promise.resolve();
      const vector = storedVectors.get(documentName);
      if (vector) connection.sendStateless(encodeStoredMessage(vector));
      // Changes that came through Redis are stored by the process that took them from a
      // workstation; killed before it stored, they would wait here unstored: store them now
      // (the store's `stored` message then answers). A store already scheduled covers them.
      const storeId = `onStoreDocument-${documentName}`;
      if (
        !isVectorCovered(Y.encodeStateVector(document), vector ?? new Uint8Array([0])) &&
        !server.hocuspocus.debouncer.isDebounced(storeId)
      ) {
        const storePayload: onStoreDocumentPayload<DeskContext> = {
          instance: server.hocuspocus,
          clientsCount: document.getConnectionsCount(),
          document,
          lastContext: connection.context as DeskContext,
          lastTransactionOrigin: undefined,
          documentName,
        };
        void server.hocuspocus.storeDocumentHooks(document, storePayload, true);
      }
      return Promise.resolve();
    },
    afterUnloadDocument: ({ documentName }) => {
      storedVectors.delete(documentName);
      authors.delete(documentName);
      presence.forget(documentName);
      return Promise.resolve();
    },
    onRequest: ({ request, response }): Promise<void> =>
      answerHttp(store, request, response, (): DeskPresenceList =>
        presence.list(server.hocuspocus.documents),
      ),
  });
  // A revoked person is cut off from documents they already have open, even when idle.
  const revocationTimer = setInterval(
    () => {
      void closeRevokedConnections(server, store).catch((error: unknown) =>
        log(`galley desk: could not check revocations: ${describe(error)}`),
      );
    },
    Math.max(revocationCheckMs, 250),
  );
  try {
    await server.listen();
  } catch (error) {
    clearInterval(revocationTimer);
    clearInterval(changeTimer);
    await redis?.onDestroy();
    throw error;
  }
  const port = server.address.port;
  const url = `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  return {
    url,
    port,
    close: async () => {
      clearInterval(revocationTimer);
      await server.destroy();
      clearInterval(changeTimer);
      await flushChanges();
    },
  };
}

async function closeRevokedConnections(
  server: Server<DeskContext>,
  store: DeskStore,
): Promise<void> {
  if (server.hocuspocus.getConnectionsCount() === 0) return;
  const revoked = new Set(
    (await store.listUsers()).filter((user) => user.revokedAt !== null).map((user) => user.id),
  );
  if (revoked.size === 0) return;
  for (const document of server.hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const context = connection.context as DeskContext | undefined;
      if (context && revoked.has(context.user.id))
        connection.close({ code: 4401, reason: 'revoked token' });
    }
  }
}

/**
 * The desk's few HTTP answers: a health check; for people with a valid token, the list of
 * documents (a joining workstation then opens each over the WebSocket), the people of the desk
 * (names and roles, and which one the token is), who has which document open in an editor now,
 * and the figures' images by the SHA-256 of their bytes.
 */
async function answerHttp(
  store: DeskStore,
  request: IncomingMessage,
  response: ServerResponse,
  presence: () => DeskPresenceList,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://desk');
  const image = /^\/images\/([0-9a-f]{64})$/.exec(url.pathname)?.[1];
  if (request.method === 'GET' && url.pathname === '/health') {
    sendJson(response, 200, { ok: true, name: 'galley-desk' });
  } else if (
    url.pathname === '/documents' ||
    url.pathname === '/presence' ||
    url.pathname === '/people' ||
    image
  ) {
    const authorization = request.headers.authorization ?? '';
    const token = authorization.startsWith('Bearer ') ? authorization.slice(7) : undefined;
    const authentication = await authenticateDeskToken(store, token);
    if (!authentication.ok) sendJson(response, 401, { error: authentication.reason });
    else if (request.method === 'GET' && url.pathname === '/documents') {
      // `since` (the desk's own clock, ms) lets a joined workstation ask only for what changed.
      const since = Number(url.searchParams.get('since') ?? 0) || 0;
      const documents = await store.listDocuments(Math.max(0, since - listOverlapMs));
      sendJson(response, 200, { documents });
    } else if (request.method === 'GET' && url.pathname === '/presence') {
      sendJson(response, 200, presence());
    } else if (request.method === 'GET' && url.pathname === '/people') {
      // Names and roles only (never tokens or their hashes), for assigning and mentioning;
      // `me` tells the workstation which person its token is.
      const people = (await store.listUsers())
        .filter((user) => user.revokedAt === null)
        .map(({ id, name, role }) => ({ id, name, role }));
      const { id, name, role } = authentication.user;
      sendJson(response, 200, { me: { id, name, role }, people });
    } else if (image && (request.method === 'GET' || request.method === 'HEAD')) {
      const found = await store.getImage(image);
      if (!found) sendJson(response, 404, { error: 'no such image' });
      else {
        response.writeHead(200, {
          'Content-Type': found.mimeType,
          'Content-Length': found.bytes.length,
        });
        response.end(request.method === 'GET' ? Buffer.from(found.bytes) : undefined);
      }
    } else if (image && request.method === 'PUT') {
      await receiveImage(store, image, request, response);
    } else sendJson(response, 405, { error: 'method not allowed' });
  } else {
    sendJson(response, 404, { error: 'not found' });
  }
  // Hocuspocus answers every request that its hooks let through; rejecting with nothing
  // tells it this one has been answered.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw null;
}

/** Takes an image whose bytes hash to its id and are an image a page can show. */
async function receiveImage(
  store: DeskStore,
  id: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxImageBytes) {
      sendJson(response, 413, { error: 'image too large' });
      return;
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  const mimeType = sniffImageMimeType(bytes);
  if (createHash('sha256').update(bytes).digest('hex') !== id || !mimeType) {
    sendJson(response, 400, { error: 'not the image this id names' });
    return;
  }
  await store.putImage(id, { mimeType, bytes }, Date.now());
  response.writeHead(204);
  response.end();
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
