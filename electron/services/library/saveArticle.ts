import type { Database } from 'better-sqlite3';
import type { Article } from '../../../shared/article/articleSchema';
import type { RevisionReason } from '../../../shared/article/revisionSchema';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { toSnapshot } from './toSnapshot';
import type { ArticleStore } from './articleStore';
import type { CommentStore } from './commentStore';
import type { QuoteAnnotationStore } from './quoteAnnotationStore';
import type { RevisionStore } from './revisionStore';
import type { SearchableFields, SearchIndex } from './searchIndex';

/**
 * Told of every saved article inside the save's transaction: the desk's replica keeps each
 * article's Yjs document in step with its rows this way.
 */
export interface ArticleChangeListener {
  articleSaved(id: string, at: number): void;
  articleDeleted(id: string, actor: string, at: number): void;
}

/** Everything one article save writes to. */
export interface ArticleStores {
  db: Database;
  articles: ArticleStore;
  search: SearchIndex;
  quotes: QuoteAnnotationStore;
  comments: CommentStore;
  revisions: RevisionStore;
  listener?: ArticleChangeListener | undefined;
}

/** One change to an article, and the revision that keeps its result. */
export interface ArticleSave {
  id: string;
  actor: string;
  at: number;
  /** Why the revision is kept (and its name, for a named version or a restore). */
  revision: { reason: RevisionReason; name?: string | undefined };
  /** Writes the row and its lists; left out when the save only keeps a revision. */
  write?: () => void;
  /** New headline, lede or text: the search index follows. */
  searchable?: SearchableFields | undefined;
  /**
   * Index after the commit rather than inside it (autosave: the body is durable sooner). The
   * article is marked pending in this transaction; the caller runs `search.flushPending`.
   */
  indexLater?: boolean | undefined;
  /**
   * A new body: the quote ledger and the comment threads are reconciled with it, and the
   * autosave revision that shares the stored body keeps a copy of it first. Every write that
   * changes the body says so here. `json` is the document as stored.
   */
  body?: { document: TiptapNode; text: string; json?: string | undefined } | undefined;
}

/**
 * The unit of work behind every article write: the row and its lists, the search index (or
 * its pending mark), the quote ledger, and last the revision of the result, in one
 * transaction, so a crash leaves all of it or none. Revisions are recorded here and nowhere
 * else.
 */
export function saveArticle(
  stores: ArticleStores,
  save: ArticleSave,
): { article: Article; revisionId: number } {
  return stores.db.transaction(() => {
    // Before the write: the revision that shares the row's body gets its own copy first.
    const plan = stores.revisions.plan(save.id, {
      reason: save.revision.reason,
      author: save.actor,
      at: save.at,
      changesBody: save.body !== undefined,
    });
    save.write?.();
    if (save.searchable && save.indexLater) stores.search.indexLater(save.id, save.searchable);
    else if (save.searchable) stores.search.index(save.id, save.searchable);
    if (save.body) {
      stores.quotes.reconcile(save.id, save.body.document, save.body.text, save.actor, save.at);
      stores.comments.reconcile(save.id, save.body.document);
    }
    // The body just written was validated on its way in: reading it back would parse and
    // check 10,000 words again.
    const article = save.body
      ? stores.articles.mustGetWithBody(save.id, save.body)
      : stores.articles.mustGet(save.id);
    const revisionId = stores.revisions.record(
      save.id,
      toSnapshot(article),
      {
        ...save.revision,
        author: save.actor,
        at: save.at,
        articleVersion: article.version,
        bodyJson: save.body?.json,
      },
      plan,
    );
    stores.listener?.articleSaved(save.id, save.at);
    return { article, revisionId };
  })();
}
