import * as Y from 'yjs';
import type { Article } from '../../../shared/article/articleSchema';
import type { Library } from '../library/openLibrary';
import { replicationOf } from './articleReplication';

/** The longest a pull waits for a change before answering with none. */
export const maxPullWaitMs = 25_000;

/** Origin of changes the editor sends in (so the desk provider relays them and undo ignores them). */
const editorOrigin = 'galley-editor';

/**
 * The editor's side of an article's Yjs document, over the API (the renderer never talks to
 * the desk): it opens the document, sends its own updates in, and pulls what others changed
 * (another window, the CLI, the desk) as updates against its state vector. Each update the
 * editor sends is written into the rows, the search index and the ledger at once, in one
 * transaction with the document, like any save.
 */
export class ArticleCollaboration {
  constructor(
    private readonly library: Library,
    private readonly actor: string,
  ) {}

  /** The whole document; created from the article's rows on first open. Undefined: no such article. */
  open(articleId: string): Uint8Array | undefined {
    const replication = replicationOf(this.library);
    if (!this.library.articles.get(articleId)) return undefined;
    if (!replication.replica.has(articleId)) replication.mirror(articleId);
    return Y.encodeStateAsUpdate(replication.replica.document(articleId));
  }

  /** Applies the editor's update; returns the article as saved, or undefined when it is gone. */
  push(articleId: string, update: Uint8Array): Article | undefined {
    const replication = replicationOf(this.library);
    if (!this.library.articles.get(articleId)) return undefined;
    this.library.db.transaction(() => {
      const doc = replication.replica.document(articleId);
      Y.applyUpdate(doc, update, editorOrigin);
      replication.materialize(articleId, doc, this.actor, false);
    })();
    return this.library.articles.get(articleId);
  }

  /**
   * What the document has beyond `vector`, once it has changed after `since` (a write number
   * from an earlier pull; 0 at first), waiting up to `waitMs` for that. The update carries the
   * whole delete set (deletions do not show in a state vector); applying it twice is harmless.
   */
  async pull(
    articleId: string,
    vector: Uint8Array,
    since: number,
    waitMs: number,
  ): Promise<{ update: Uint8Array | null; seq: number }> {
    const replica = replicationOf(this.library).replica;
    const answer = (): { update: Uint8Array | null; seq: number } => {
      // A pull still waiting when its library closes (the server stopping, another library
      // opened) answers "no change" instead of reading a closed connection from its timer.
      if (!this.library.db.open) return { update: null, seq: since };
      const seq = replica.seqOf(articleId) ?? 0;
      if (seq <= since) return { update: null, seq: since };
      return { update: Y.encodeStateAsUpdate(replica.document(articleId), vector), seq };
    };
    const now = answer();
    if (now.update || waitMs <= 0) return now;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unsubscribe();
        resolve(answer());
      };
      const unsubscribe = replica.onStored((changed) => {
        if (changed === articleId) finish();
      });
      // Another process (the CLI) may write the library: the answer re-reads it at the end.
      // Unreferenced: a pull waiting must not keep a stopping `galley serve` alive (its
      // connection is closed already; SIGTERM took up to the whole wait, 17 s of 20, to exit).
      const timer = setTimeout(finish, Math.min(waitMs, maxPullWaitMs)).unref();
    });
  }
}
