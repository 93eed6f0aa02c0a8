import type { Awareness } from 'y-protocols/awareness';
import { presenceColour } from '../../../shared/desk/presenceColour';
import {
  workstationPresenceSchema,
  type ArticlePresence,
  type PresenceCursor,
  type PresenceUser,
  type PresentPerson,
  type WorkstationPresence,
} from '../../../shared/desk/presenceSchema';

/** How often a workstation with an editor open says again that it is there. */
export const presenceRenewMs = 3_000;
/**
 * A workstation not heard from for this long is gone (its network dropped without closing the
 * connection). A closed connection or a closed article removes its state at once.
 */
export const presenceStaleMs = 10_000;
/**
 * The state of a workstation with no editor open on the article. Not `null` nor `{}`: the desk
 * (Hocuspocus 4.7) relays neither a removal nor an empty state, so the change would not travel.
 */
const nobodyHere: WorkstationPresence = { sessions: [] };
/** The desk's list is kept fresh while something asked for it this recently. */
const listingWantedMs = 10_000;
/** An editor that stopped asking (a crashed window) leaves after this long. */
const sessionExpiryMs = 25_000;

interface LocalSession {
  cursor: PresenceCursor | null;
  seenAt: number;
}

interface WatchedArticle {
  awareness: Awareness;
  /** Local time each other workstation's state last arrived (renewals included). */
  seen: Map<number, number>;
  /** Who counted as present at the last look, to notice someone going stale. */
  signature: string;
  detach: () => void;
}

/** What the agent lends presence: the article's open document on the desk, held open. */
export interface PresenceDocuments {
  /** Opens (or keeps open) the article's document; undefined once the agent has stopped. */
  hold(articleId: string): Awareness | undefined;
  /** The article may close again when idle. */
  release(articleId: string): void;
}

/** One person in a document, as the desk's presence list gives them. */
export interface DeskPresenceEntry extends PresenceUser {
  clientId: number;
}

/**
 * Who is in which article, over Yjs awareness on the desk. This workstation's editors (each
 * window, by a session id) tell the services where their caret is; the services publish all of
 * them as one awareness state of the article's document (the desk stamps the person it verified
 * from the token), renew it while an editor is open, and answer each editor with everyone else
 * in the article. Presence never holds anything up: it is a side channel of the document.
 */
export class DeskPresence {
  private readonly sessions = new Map<string, Map<string, LocalSession>>();
  private readonly watched = new Map<string, WatchedArticle>();
  private readonly versions = new Map<string, number>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private version = 0;
  private lastRenewAt = 0;
  private listing: ArticlePresence[] = [];
  /** Sessions that left (article/session → when), each a random id never used again. */
  private readonly left = new Map<string, number>();
  private listingAskedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly documents: PresenceDocuments,
    private readonly now: () => number,
  ) {}

  /**
   * Records where an editor's caret is and answers with everyone else in the article, once
   * that has changed after `since` (waiting up to `waitMs`). Each call says the editor is
   * still there.
   */
  async update(
    articleId: string,
    session: string,
    cursor: PresenceCursor | null,
    since: number,
    waitMs: number,
  ): Promise<{ version: number; people: PresentPerson[] }> {
    // An ask that crossed the editor's leave on the way must not bring it back for 25 s.
    if (this.left.has(`${articleId}/${session}`))
      return { version: this.versionOf(articleId), people: this.others(articleId) };
    let local = this.sessions.get(articleId);
    if (!local) this.sessions.set(articleId, (local = new Map<string, LocalSession>()));
    const before = local.get(session);
    local.set(session, { cursor, seenAt: this.now() });
    this.watch(articleId);
    if (!before || JSON.stringify(before.cursor) !== JSON.stringify(cursor))
      this.publish(articleId);
    if (this.versionOf(articleId) <= since && waitMs > 0)
      await this.waitForChange(articleId, waitMs);
    return { version: this.versionOf(articleId), people: this.others(articleId) };
  }

  /** The editor closed the article: its caret and name go from everyone's screen at once. */
  leave(articleId: string, session: string): boolean {
    this.left.set(`${articleId}/${session}`, this.now());
    const local = this.sessions.get(articleId);
    if (!local?.delete(session)) return false;
    if (local.size === 0) this.unwatch(articleId);
    else this.publish(articleId);
    return true;
  }

  /** Articles someone on another workstation has open now, from the desk's list. */
  articles(): ArticlePresence[] {
    this.listingAskedAt = this.now();
    return this.listing;
  }

  /** Whether anyone reads the list (a library on screen): a `galley sync` run never does. */
  isListingWanted(): boolean {
    return this.now() - this.listingAskedAt < listingWantedMs;
  }

  /** The desk's list of people per document (null: the desk could not be asked). */
  takeDeskListing(documents: { id: string; people: DeskPresenceEntry[] }[] | null): void {
    const listing: ArticlePresence[] = [];
    for (const { id, people } of documents ?? []) {
      const own = this.watched.get(id)?.awareness.clientID;
      const others = dedupe(people.filter((person) => person.clientId !== own));
      if (others.length > 0)
        listing.push({
          id,
          people: others.map(({ id: personId, name, role }) => ({
            id: personId,
            name,
            role,
            colour: presenceColour(personId),
          })),
        });
    }
    this.listing = listing;
  }

  /** Called every poll: renews this workstation's states, drops silent editors and workstations. */
  tick(): void {
    const now = this.now();
    for (const [key, at] of this.left) if (now - at > sessionExpiryMs) this.left.delete(key);
    for (const [articleId, local] of this.sessions) {
      let expired = false;
      for (const [session, entry] of local) {
        if (now - entry.seenAt > sessionExpiryMs) expired = local.delete(session) || expired;
      }
      if (expired) this.publish(articleId);
      if (local.size === 0) this.unwatch(articleId);
    }
    if (now - this.lastRenewAt >= presenceRenewMs) {
      this.lastRenewAt = now;
      // The same state again with a newer clock: others learn this workstation is still here.
      for (const articleId of this.sessions.keys()) this.publish(articleId);
    }
    for (const [articleId, watched] of this.watched) {
      const signature = this.liveClients(watched).join(',');
      if (signature !== watched.signature) {
        watched.signature = signature;
        this.changed(articleId);
      }
    }
  }

  /** Everyone leaves (the agent stops): waiting editors are answered. */
  stop(): void {
    for (const articleId of [...this.watched.keys()]) this.unwatch(articleId);
    this.sessions.clear();
    this.listing = [];
  }

  private versionOf(articleId: string): number {
    return this.versions.get(articleId) ?? 0;
  }

  private changed(articleId: string): void {
    this.version += 1;
    this.versions.set(articleId, this.version);
    for (const wake of this.waiters.get(articleId) ?? []) wake();
  }

  private waitForChange(articleId: string, waitMs: number): Promise<void> {
    return new Promise((resolve) => {
      let waiting = this.waiters.get(articleId);
      if (!waiting) this.waiters.set(articleId, (waiting = new Set<() => void>()));
      const wake = (): void => {
        clearTimeout(timer);
        waiting.delete(wake);
        if (waiting.size === 0 && this.waiters.get(articleId) === waiting)
          this.waiters.delete(articleId);
        resolve();
      };
      // Unreferenced, like a pull's wait: a stopping process does not wait for it.
      const timer = setTimeout(wake, waitMs).unref();
      waiting.add(wake);
    });
  }

  private watch(articleId: string): void {
    if (this.watched.has(articleId)) return;
    const awareness = this.documents.hold(articleId);
    if (!awareness) return;
    const seen = new Map<number, number>();
    const now = this.now();
    // States already there arrived before this article was watched: fresh as of now.
    for (const clientId of awareness.getStates().keys()) seen.set(clientId, now);
    const onUpdate = ({
      added,
      updated,
      removed,
    }: {
      added: number[];
      updated: number[];
      removed: number[];
    }): void => {
      const at = this.now();
      let woke = removed.length > 0;
      for (const clientId of [...added, ...updated]) {
        if (clientId === awareness.clientID) continue;
        const last = seen.get(clientId);
        if (last === undefined || at - last > presenceStaleMs) woke = true;
        seen.set(clientId, at);
      }
      for (const clientId of removed) seen.delete(clientId);
      if (woke) this.changed(articleId);
    };
    const onChange = (): void => this.changed(articleId);
    awareness.on('update', onUpdate);
    awareness.on('change', onChange);
    const watched: WatchedArticle = {
      awareness,
      seen,
      signature: '',
      detach: () => {
        awareness.off('update', onUpdate);
        awareness.off('change', onChange);
      },
    };
    watched.signature = this.liveClients(watched).join(',');
    this.watched.set(articleId, watched);
  }

  private unwatch(articleId: string): void {
    const watched = this.watched.get(articleId);
    this.sessions.delete(articleId);
    if (!watched) return;
    this.watched.delete(articleId);
    watched.detach();
    // Nobody here any more: others drop this workstation from the article now, not on a timeout.
    if (watched.awareness.getLocalState() !== null) watched.awareness.setLocalState(nobodyHere);
    this.documents.release(articleId);
    this.changed(articleId);
  }

  private publish(articleId: string): void {
    const watched = this.watched.get(articleId);
    if (!watched) return;
    const state: WorkstationPresence = {
      sessions: [...(this.sessions.get(articleId) ?? new Map<string, LocalSession>())].map(
        ([id, { cursor }]) => ({ id, cursor }),
      ),
    };
    watched.awareness.setLocalState(state);
  }

  private liveClients(watched: WatchedArticle): number[] {
    const now = this.now();
    return [...watched.awareness.getStates().keys()]
      .filter((clientId) => clientId !== watched.awareness.clientID)
      .filter((clientId) => now - (watched.seen.get(clientId) ?? 0) <= presenceStaleMs)
      .sort((a, b) => a - b);
  }

  private others(articleId: string): PresentPerson[] {
    const watched = this.watched.get(articleId);
    if (!watched) return [];
    const people: PresentPerson[] = [];
    for (const clientId of this.liveClients(watched)) {
      // Whatever another workstation sent is read as data: a malformed state shows nobody.
      const parsed = workstationPresenceSchema.safeParse(
        watched.awareness.getStates().get(clientId),
      );
      if (!parsed.success || !parsed.data.user) continue;
      const { user, sessions } = parsed.data;
      for (const session of sessions) {
        people.push({
          ...user,
          key: `${clientId}:${session.id}`,
          colour: presenceColour(user.id),
          cursor: session.cursor,
        });
      }
    }
    return people;
  }
}

/** One entry per person (a person in two windows or on two machines is one marker). */
function dedupe(people: DeskPresenceEntry[]): DeskPresenceEntry[] {
  const byId = new Map<string, DeskPresenceEntry>();
  for (const person of people) if (!byId.has(person.id)) byId.set(person.id, person);
  return [...byId.values()];
}
