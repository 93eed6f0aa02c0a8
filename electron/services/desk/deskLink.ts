import type { DeskProblem, DeskStatus } from '../../../shared/desk/deskStatusSchema';
import type { Library } from '../library/openLibrary';
import {
  deleteLibrarySetting,
  readLibrarySetting,
  writeLibrarySetting,
} from '../library/librarySettings';
import { replicationOf } from './articleReplication';
import { DeskAgent } from './deskAgent';
import type { DeskPresence } from './deskPresence';
import { deskHttpUrl } from './deskHttpUrl';
import { fetchDeskPeople, writeCachedDeskPeople } from './deskPeople';

/** A join that did not happen, with the reason as a code the interface words. */
export class DeskJoinError extends Error {
  constructor(readonly problem: DeskProblem) {
    super(`cannot join the desk: ${problem}`);
  }
}

/**
 * The library's link to its desk for a long-running process (the app, `galley serve`): starts
 * the agent when the library has joined, joins and leaves on request, reports the state.
 */
export class DeskLink {
  private agent: DeskAgent | undefined;

  constructor(
    private readonly library: Library,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Resumes syncing when the library joined a desk earlier. */
  start(): void {
    const url = readLibrarySetting(this.library.db, 'desk.url');
    const token = readLibrarySetting(this.library.db, 'desk.token');
    if (url && token) this.startAgent(url, token);
  }

  status(): DeskStatus {
    if (!this.agent) return { joined: false };
    const status = this.agent.status();
    return {
      joined: true,
      url: status.url,
      state: status.state,
      problem: (status.reason as DeskProblem | null) ?? null,
      lastSyncAt: status.lastSyncAt,
      pending: status.pending,
      changes: replicationOf(this.library).replica.latestSeq(),
      notices: replicationOf(this.library)
        .replica.openNotices()
        .map((notice) => ({
          ...notice,
          headline: this.library.articles.get(notice.articleId)?.headline ?? '',
        })),
    };
  }

  /** Checks the address and the token with the desk, then joins (replacing an earlier desk). */
  async join(url: string, token: string): Promise<DeskStatus> {
    const problem = await checkDesk(url, token);
    if (problem) throw new DeskJoinError(problem);
    await this.stopAgent();
    // Another desk's people (or another token's person) are not this one's.
    const people = await fetchDeskPeople(url, token);
    if (people) writeCachedDeskPeople(this.library.db, people);
    else deleteLibrarySetting(this.library.db, 'desk.people');
    this.startAgent(url, token);
    return this.status();
  }

  /** Stops syncing; the library keeps every article, and what was not pushed stays pending. */
  async leave(): Promise<DeskStatus> {
    await this.stopAgent();
    deleteLibrarySetting(this.library.db, 'desk.url');
    deleteLibrarySetting(this.library.db, 'desk.token');
    deleteLibrarySetting(this.library.db, 'desk.people');
    replicationOf(this.library).everyArticle = false;
    return this.status();
  }

  dismissNotice(id: number): DeskStatus {
    replicationOf(this.library).replica.dismissNotice(id);
    return this.status();
  }

  /** Presence in articles, while joined (undefined alone). */
  presence(): DeskPresence | undefined {
    return this.agent?.presence;
  }

  close(): Promise<void> {
    return this.stopAgent();
  }

  private startAgent(url: string, token: string): void {
    writeLibrarySetting(this.library.db, 'desk.url', url);
    writeLibrarySetting(this.library.db, 'desk.token', token);
    replicationOf(this.library).everyArticle = true;
    this.agent = new DeskAgent({ library: this.library, url, token, log: this.log });
    this.agent.start();
  }

  private async stopAgent(): Promise<void> {
    const agent = this.agent;
    this.agent = undefined;
    await agent?.stop();
  }
}

/** Null when the address is a desk that accepts this token; otherwise why not. */
export async function checkDesk(url: string, token: string): Promise<DeskProblem | null> {
  const base = deskHttpUrl(url);
  if (!base) return 'invalid address';
  // A token is printable ASCII (`gly_` and base64url); anything else cannot even be sent.
  if (!/^[\x21-\x7e]+$/.test(token)) return 'unknown token';
  try {
    const health = await fetch(new URL('/health', base), { signal: AbortSignal.timeout(5_000) });
    const body = (await health.json().catch(() => null)) as { name?: unknown } | null;
    if (!health.ok || body?.name !== 'galley-desk') return 'not a desk';
    const documents = await fetch(new URL('/documents?since=0', base), {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5_000),
    });
    if (documents.status === 401) {
      const refusal = (await documents.json().catch(() => null)) as { error?: unknown } | null;
      const reason = refusal?.error;
      return reason === 'revoked token' || reason === 'missing token' ? reason : 'unknown token';
    }
    return documents.ok ? null : 'not a desk';
  } catch {
    return 'unreachable';
  }
}
