import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  articleDocumentName,
  parseArticleDocumentName,
} from '../../../shared/desk/deskDocumentName';
import { authorsOf, updateClientIds } from '../../../shared/desk/deskAuthors';
import { deskPresenceListSchema } from '../../../shared/desk/presenceSchema';
import type { Library } from '../library/openLibrary';
import { readLibrarySetting, writeLibrarySetting } from '../library/librarySettings';
import { withoutFsync } from '../library/withoutFsync';
import { type ArticleReplication, replicationOf } from './articleReplication';
import { deskHttpUrl, deskSocketUrl } from './deskHttpUrl';
import { fetchDeskPeople, writeCachedDeskPeople } from './deskPeople';
import { DeskImageTransfer } from './deskImageTransfer';
import { DeskPresence, type DeskPresenceEntry } from './deskPresence';
import { DeskWebSocket } from './deskWebSocket';
import { isVectorCovered, storedMessage, storedQuestion } from './deskStoredMessage';

const backfillEveryMs = 60_000;
/** How often the desk is asked who has which article open, for the library's markers. */
const presenceListEveryMs = 2_000;
const presenceTickMs = 500;
/** How often the list of the desk's people is fetched again while online. */
const peopleEveryMs = 60_000;
/**
 * How often a library in step with its desk has the time of that written down (for the next
 * start and other processes; this one reports it from memory). Written on every poll, it was
 * a committed and fsynced write per poll per joined library, a third of an idle agent's time.
 */
const lastSyncSaveEveryMs = 60_000;

export type DeskConnectionState = 'connecting' | 'online' | 'offline' | 'refused';

/** What Settings → Desk and `galley sync` show. */
export interface DeskAgentStatus {
  url: string;
  state: DeskConnectionState;
  /** The desk's reason when it refused this workstation. */
  reason: string | null;
  lastSyncAt: number | null;
  /** Articles with changes the desk does not hold yet. */
  pending: number;
  openDocuments: number;
}

export interface DeskAgentOptions {
  library: Library;
  url: string;
  token: string;
  log?: (line: string) => void;
  /** How often local writes by other processes and new documents on the desk are looked for. */
  pollMs?: number;
  /** A document nobody touched for this long is closed (the desk unloads it). */
  idleCloseMs?: number;
  /**
   * Documents open at once. A desk refuses a connection with 100 documents waiting for
   * authentication (all of them are, after a reconnect), and each open document costs it memory.
   */
  maxOpen?: number;
  now?: () => number;
}

interface OpenDocument {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  synced: boolean;
  lastActivity: number;
  /** The replica's `seq` for this article when the provider last had nothing unsent. */
  sentSeq: number;
}

/**
 * The workstation's side of the desk, in plain Node so the app, `galley serve` and `galley
 * sync` share it. Local saves are already in the library (the replica writes each article's
 * Yjs document with its rows); the agent carries those documents to the desk over one
 * Hocuspocus WebSocket, takes every remote change into the library as it arrives, and counts
 * a change as pushed only once the desk says it has stored it. Reconnects back off.
 */
export class DeskAgent {
  readonly replication: ArticleReplication;
  /** Who is in which article: this workstation's editors and everyone else's. */
  readonly presence: DeskPresence;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly images: DeskImageTransfer;
  private readonly open = new Map<string, OpenDocument>();
  private readonly seenRemote = new Map<string, number>();
  /** Documents to open when there is room, oldest request first. */
  private readonly waiting = new Set<string>();
  /** Documents a full round (`syncAll`) still has to see settled once. */
  private readonly toVisit = new Set<string>();
  /** Documents an editor here has open: kept open (and out of the limit) while it does. */
  private readonly held = new Set<string>();
  private lastPresenceListAt = 0;
  private presenceTimer: NodeJS.Timeout | undefined;
  private listingPresence = false;
  private readonly log: (line: string) => void;
  private readonly now: () => number;
  private state: DeskConnectionState = 'connecting';
  private reason: string | null = null;
  private localCursor = 0;
  private lastBackfillAt = 0;
  private lastPeopleAt = 0;
  /** When everything this library had was last known to be on the desk, and what is written. */
  private lastSyncAt: number | null = null;
  private savedLastSyncAt = 0;
  private remoteCursor = 0;
  private pollTimer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;
  /** The library's WAL checkpoint interval, raised while many documents come in at once. */
  private readonly checkpointPages: number;
  private receivingInBulk = false;

  constructor(private readonly options: DeskAgentOptions) {
    this.log = options.log ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.replication = replicationOf(options.library);
    this.checkpointPages = Number(
      options.library.db.pragma('wal_autocheckpoint', { simple: true }),
    );
    this.images = new DeskImageTransfer(options.library, options.url, options.token, this.log);
    this.presence = new DeskPresence(
      {
        hold: (id) => {
          if (this.stopped) return undefined;
          this.held.add(id);
          this.waiting.delete(id);
          if (!this.open.has(id)) this.openNow(id);
          return this.open.get(id)?.provider.awareness ?? undefined;
        },
        release: (id) => {
          this.held.delete(id);
          const open = this.open.get(id);
          if (open) open.lastActivity = this.now();
        },
      },
      this.now,
    );
    this.socket = new HocuspocusProviderWebsocket({
      url: deskSocketUrl(options.url) ?? options.url,
      WebSocketPolyfill: DeskWebSocket,
      // Back-off between reconnects: quick after a blip, at most every 10 s while the desk is away.
      delay: 250,
      minDelay: 250,
      maxDelay: 10_000,
      factor: 2,
      jitter: true,
      autoConnect: true,
    });
    this.socket.on('status', ({ status }: { status: string }) => {
      if (this.state === 'refused') return;
      this.state =
        status === 'connected' ? 'online' : status === 'connecting' ? 'connecting' : 'offline';
    });
  }

  /** Starts carrying changes both ways until `stop`. */
  start(): void {
    const { db } = this.options.library;
    // From now on the library is joined: every process that opens it keeps documents in step.
    writeLibrarySetting(db, 'desk.url', this.options.url);
    writeLibrarySetting(db, 'desk.token', this.options.token);
    this.replication.everyArticle = true;
    this.localCursor = 0;
    this.remoteCursor = Number(readLibrarySetting(db, 'desk.cursor') ?? 0) || 0;
    void this.pollOnce();
    this.pollTimer = setInterval(() => void this.pollOnce(), this.options.pollMs ?? 500);
    // Apart from the poll, which may wait on the desk for seconds: renewals must not.
    this.presenceTimer = setInterval(() => this.presenceRound(), presenceTickMs);
  }

  status(): DeskAgentStatus {
    const saved = readLibrarySetting(this.options.library.db, 'desk.lastSyncAt');
    return {
      url: this.options.url,
      state: this.state,
      reason: this.reason,
      lastSyncAt: this.lastSyncAt ?? (saved ? Number(saved) : null),
      pending: this.replication.replica.pendingCount(),
      openDocuments: this.open.size,
    };
  }

  /**
   * One full round: every article of this library goes up, every article of the desk comes
   * down. Resolves when the desk has stored everything this library holds and every desk
   * document has been taken in, or rejects with the desk's reason or on `timeoutMs`.
   */
  async syncAll(timeoutMs: number): Promise<{ sent: number; received: number }> {
    const deadline = this.now() + timeoutMs;
    // Who this token is, before anything arrives: assignments to this person notify.
    await this.refreshPeople();
    while (this.replication.backfill(500) > 0) {
      /* every article gets its first document */
    }
    const { replica } = this.replication;
    const local = new Set(replica.changedSince(0, Number.MAX_SAFE_INTEGER).map((c) => c.articleId));
    const ids = new Set<string>(replica.pending(Number.MAX_SAFE_INTEGER).map((c) => c.articleId));
    let received = 0;
    let newest = this.remoteCursor;
    for (const { name, updatedAt } of await this.listDeskDocuments(0)) {
      const id = parseArticleDocumentName(name);
      if (id === null) continue;
      newest = Math.max(newest, updatedAt);
      this.seenRemote.set(id, updatedAt);
      if (!local.has(id)) received += 1;
      ids.add(id);
    }
    const sent = replica.pendingCount();
    for (const id of ids) {
      this.toVisit.add(id);
      this.ensureOpen(id);
    }
    await this.waitFor(() => {
      if (this.state === 'refused') throw new Error(this.reason ?? 'refused by the desk');
      return this.toVisit.size === 0 && replica.pendingCount() === 0;
    }, deadline);
    await this.images.idle();
    // Everything listed has been taken in: the next start asks only for what changes after.
    this.remoteCursor = Math.max(this.remoteCursor, newest);
    writeLibrarySetting(this.options.library.db, 'desk.cursor', String(this.remoteCursor));
    this.lastSyncAt = this.now();
    this.saveLastSync();
    return { sent, received };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    await this.polling;
    this.saveLastSync();
    this.presence.stop();
    for (const id of [...this.open.keys()]) this.close(id);
    this.socket.destroy();
    this.setBulkReceive(false);
  }

  /** A document is settled when it is synced, nothing is unsent and the desk stored all of it. */
  private isSettled(id: string): boolean {
    const open = this.open.get(id);
    if (!open?.synced || open.provider.hasUnsyncedChanges) return false;
    return !this.replication.replica.isPending(id);
  }

  private async waitFor(done: () => boolean, deadline: number): Promise<void> {
    while ((this.sweep(), !done())) {
      if (this.now() > deadline) throw new Error('timed out waiting for the desk');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private pollOnce(): Promise<void> {
    if (this.polling || this.stopped) return this.polling ?? Promise.resolve();
    this.polling = this.poll()
      .catch((error: unknown) => this.log(`galley sync: ${describe(error)}`))
      .finally(() => {
        this.polling = undefined;
      });
    return this.polling;
  }

  private async poll(): Promise<void> {
    const { replica } = this.replication;
    // Every process that opens a joined library keeps documents in step itself, so the walk
    // for articles out of step (a cost at 10,000 articles) runs at start and then now and then.
    if (this.now() - this.lastBackfillAt > backfillEveryMs) {
      if (this.replication.backfill(200) < 200) this.lastBackfillAt = this.now();
    }
    // Writes by this process or another one on the same library (the CLI, a cron job).
    for (const change of replica.changedSince(this.localCursor)) {
      this.localCursor = Math.max(this.localCursor, change.seq);
      if (replica.isPending(change.articleId)) this.images.sendFor(change.articleId);
      const open = this.open.get(change.articleId);
      if (open) {
        // The stored state may hold another process's write: merging it in sends it up.
        replica.document(change.articleId);
        open.lastActivity = this.now();
      } else if (replica.isPending(change.articleId)) {
        this.ensureOpen(change.articleId);
      }
    }
    for (const change of replica.pending(200)) this.ensureOpen(change.articleId);
    if (this.state === 'online' || this.state === 'connecting') {
      if (this.now() - this.lastPeopleAt > peopleEveryMs) await this.refreshPeople();
      for (const { name, updatedAt } of await this.listDeskDocuments(this.remoteCursor)) {
        this.remoteCursor = Math.max(this.remoteCursor, updatedAt);
        const id = parseArticleDocumentName(name);
        if (id === null || this.seenRemote.get(id) === updatedAt) continue;
        this.seenRemote.set(id, updatedAt);
        if (this.open.has(id)) continue;
        this.ensureOpen(id);
      }
    }
    this.sweep();
    if (replica.pendingCount() === 0 && this.state === 'online') {
      this.lastSyncAt = this.now();
      if (this.lastSyncAt - this.savedLastSyncAt >= lastSyncSaveEveryMs) this.saveLastSync();
    }
  }

  private saveLastSync(): void {
    const { db } = this.options.library;
    if (this.lastSyncAt === null || this.lastSyncAt === this.savedLastSyncAt || !db.open) return;
    writeLibrarySetting(db, 'desk.lastSyncAt', String(this.lastSyncAt));
    this.savedLastSyncAt = this.lastSyncAt;
  }

  /**
   * Notes documents that have settled, closes the ones nobody needs open (idle, or only opened
   * for a round while others wait for room), and opens waiting ones in their place.
   */
  private sweep(): void {
    const idleCloseMs = this.options.idleCloseMs ?? 30_000;
    for (const [id, open] of this.open) {
      if (this.held.has(id) || !this.isSettled(id)) continue;
      const visited = this.toVisit.delete(id);
      const idleFor = this.now() - open.lastActivity;
      if (idleFor > idleCloseMs || (this.waiting.size > 0 && (visited || idleFor > 1_000)))
        this.close(id);
    }
    // Where the next start picks up (the desk's clock), once everything listed so far has been
    // taken in: a restart does not walk every document, and a kill loses no listed one.
    const db = this.options.library.db;
    if (
      this.waiting.size === 0 &&
      [...this.open.keys()].every((id) => this.isSettled(id)) &&
      String(this.remoteCursor) !== readLibrarySetting(db, 'desk.cursor')
    )
      writeLibrarySetting(db, 'desk.cursor', String(this.remoteCursor));
    this.setBulkReceive(this.waiting.size > 0);
    const maxOpen = this.options.maxOpen ?? 48;
    for (const id of this.waiting) {
      if (this.open.size >= maxOpen) break;
      this.waiting.delete(id);
      this.openNow(id);
    }
  }

  /**
   * While documents queue up (joining a desk of thousands), the WAL is checkpointed every 40 MB
   * instead of every 4 MB: pages each received article rewrites (the search index, the
   * b-tree's upper levels) are copied into the library once, not each time. A quarter less
   * time to receive a 10,000-article desk; the checkpoint runs when the queue empties.
   */
  private setBulkReceive(bulk: boolean): void {
    const { db } = this.options.library;
    if (bulk === this.receivingInBulk || !db.open) return;
    this.receivingInBulk = bulk;
    db.pragma(
      `wal_autocheckpoint = ${bulk ? Math.max(this.checkpointPages, 10_000) : this.checkpointPages}`,
    );
    if (!bulk) db.pragma('wal_checkpoint(PASSIVE)');
  }

  private async listDeskDocuments(since: number): Promise<{ name: string; updatedAt: number }[]> {
    const base = deskHttpUrl(this.options.url);
    if (!base) return [];
    const httpUrl = new URL('/documents', base);
    httpUrl.searchParams.set('since', String(since));
    try {
      const response = await fetch(httpUrl, {
        headers: { Authorization: `Bearer ${this.options.token}` },
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await response.json()) as {
        documents?: { name: string; updatedAt: number }[];
        error?: string;
      };
      if (response.status === 401) {
        this.refuse(body.error ?? 'refused by the desk');
        return [];
      }
      return body.documents ?? [];
    } catch {
      // Offline: the WebSocket's reconnects report the state; the next poll tries again.
      return [];
    }
  }

  /** Renews and ages presence; now and then asks the desk who is in which article. */
  private presenceRound(): void {
    this.presence.tick();
    if (this.listingPresence || !this.presence.isListingWanted()) return;
    if (this.now() - this.lastPresenceListAt < presenceListEveryMs) return;
    this.lastPresenceListAt = this.now();
    if (this.state !== 'online') {
      this.presence.takeDeskListing(null);
      return;
    }
    this.listingPresence = true;
    void this.listDeskPresence()
      .then((listing) => {
        if (!this.stopped) this.presence.takeDeskListing(listing);
      })
      .finally(() => {
        this.listingPresence = false;
      });
  }

  /** Who has which document open in an editor, by the desk (null: it could not be asked). */
  private async listDeskPresence(): Promise<{ id: string; people: DeskPresenceEntry[] }[] | null> {
    const base = deskHttpUrl(this.options.url);
    if (!base) return null;
    try {
      const response = await fetch(new URL('/presence', base), {
        headers: { Authorization: `Bearer ${this.options.token}` },
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) return null;
      const parsed = deskPresenceListSchema.safeParse(await response.json());
      if (!parsed.success) return null;
      const listing: { id: string; people: DeskPresenceEntry[] }[] = [];
      for (const { name, people } of parsed.data.documents) {
        const id = parseArticleDocumentName(name);
        if (id !== null) listing.push({ id, people });
      }
      return listing;
    } catch {
      return null;
    }
  }

  /** Keeps the desk's people in the library, so assigning and My queue work offline. */
  private async refreshPeople(): Promise<void> {
    const people = await fetchDeskPeople(this.options.url, this.options.token);
    if (!people || this.stopped) return;
    this.lastPeopleAt = this.now();
    writeCachedDeskPeople(this.options.library.db, people);
  }

  private refuse(reason: string): void {
    this.state = 'refused';
    this.reason = reason;
  }

  private ensureOpen(id: string): void {
    if (this.open.has(id) || this.stopped) return;
    if (this.open.size >= (this.options.maxOpen ?? 48)) this.waiting.add(id);
    else this.openNow(id);
  }

  private openNow(id: string): void {
    const { replica } = this.replication;
    if (replica.isPending(id)) this.images.sendFor(id);
    const doc = replica.document(id);
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: articleDocumentName(id),
      document: doc,
      token: this.options.token,
      onAuthenticationFailed: ({ reason }) => this.refuse(reason),
      onStateless: ({ payload }) => this.onStored(id, payload),
    });
    const open: OpenDocument = {
      provider,
      doc,
      synced: false,
      lastActivity: this.now(),
      sentSeq: 0,
    };
    this.open.set(id, open);
    provider.on('synced', () => {
      open.synced = true;
      provider.sendStateless(storedQuestion);
    });
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) provider.sendStateless(storedQuestion);
    });
    doc.on('update', this.onUpdate(id, open));
    provider.attach();
  }

  private onUpdate(id: string, open: OpenDocument): (update: Uint8Array, origin: unknown) => void {
    return (update, origin) => {
      open.lastActivity = this.now();
      if (origin !== open.provider) return;
      // The desk stamped who sent it before relaying it (a stamp-only update names nobody).
      const authors = authorsOf(open.doc, updateClientIds(update));
      // A change from the desk: into the rows at once, so a save never starts from stale rows.
      const { replica } = this.replication;
      const wasPushed = !replica.isPending(id);
      // What came from the desk can come again from the desk: no fsync of its own (half the
      // time of receiving a whole desk); the next local save makes it durable with it.
      const result = withoutFsync(this.options.library.db, () =>
        this.replication.materialize(
          id,
          open.doc,
          authors.length > 0 ? authors.join(', ') : 'desk',
          wasPushed,
        ),
      );
      if (result === 'written') this.images.fetchFor(id);
      if (result === 'kept-after-delete') {
        this.log(`galley sync: ${id} was deleted on the desk while edited here; it was kept`);
      }
    };
  }

  private onStored(id: string, payload: string): void {
    const open = this.open.get(id);
    const vector = storedMessage(payload);
    if (!open || !vector || open.provider.hasUnsyncedChanges) return;
    if (!isVectorCovered(Y.encodeStateVector(open.doc), vector)) return;
    const { replica } = this.replication;
    const seq = replica.seqOf(id);
    if (seq !== undefined) replica.markPushed(id, seq);
  }

  private close(id: string): void {
    const open = this.open.get(id);
    if (!open) return;
    open.provider.destroy();
    this.open.delete(id);
    this.replication.replica.forget(id);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
