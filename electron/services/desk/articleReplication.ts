import type { Database } from 'better-sqlite3';
import type * as Y from 'yjs';
import {
  type ArticleDocumentFields,
  readArticleDeletion,
  readArticleDocument,
  writeArticleDeletion,
  writeArticleDocument,
} from '../../../shared/desk/articleDocument';
import {
  readArticleAssignment,
  sameAssignee,
  writeArticleAssignment,
} from '../../../shared/desk/articleAssignment';
import { readVerifiedLedger, writeArticleLedger } from '../../../shared/desk/articleLedger';
import { readArticleOverrides, writeArticleOverrides } from '../../../shared/desk/articleOverrides';
import { readVerifiedComments, writeArticleComments } from '../../../shared/desk/articleComments';
import type { ArticleRepository } from '../library/articleRepository';
import { readLibrarySetting } from '../library/librarySettings';
import type { ArticleChangeListener } from '../library/saveArticle';
import { readCachedDeskPeople } from './deskPeople';
import { DeskReplica } from './deskReplica';

/** What replication needs of a library (the open library, before `openLibrary` returns it). */
export interface ReplicatedLibrary {
  db: Database;
  articles: ArticleRepository;
}

const attached = new WeakMap<ArticleRepository, ArticleReplication>();

/**
 * The library's replication, attached to its repository on first use: once a library has
 * joined a desk, every process that opens it (the app, the CLI, cron) keeps documents in step.
 */
export function replicationOf(library: ReplicatedLibrary): ArticleReplication {
  let replication = attached.get(library.articles);
  if (!replication) {
    replication = new ArticleReplication(library);
    replication.attach();
    attached.set(library.articles, replication);
  }
  return replication;
}

/**
 * Attaches replication on every open: documents of articles opened in the editor follow their
 * rows always, and every article's does once the library has joined a desk.
 */
export function attachReplication(library: ReplicatedLibrary): void {
  replicationOf(library).everyArticle = Boolean(readLibrarySetting(library.db, 'desk.url'));
}

/** Origin of changes this machine makes to a document (the provider sends them up). */
export const localOrigin = 'galley-local';

/** What taking in a merged document did to the library. */
export type MaterializeResult = 'unchanged' | 'written' | 'deleted' | 'kept-after-delete';

/**
 * Keeps each article's Yjs document and its rows in step, both ways, each in one transaction:
 * a local save is written into the document (the smallest change, so it merges), and a
 * document changed by the desk is written back into the rows, the search index and the quote
 * ledger. While joined to a desk every save goes through here; alone, nothing does.
 */
export class ArticleReplication implements ArticleChangeListener {
  readonly replica: DeskReplica;
  /**
   * Joined to a desk: every article has a document. Alone, only articles opened in the editor
   * (which edits the document itself) have one, so other saves cost nothing extra.
   */
  everyArticle = false;
  private materializing = false;

  constructor(
    private readonly library: ReplicatedLibrary,
    private readonly now: () => number = Date.now,
  ) {
    this.replica = new DeskReplica(library.db);
  }

  attach(): void {
    this.library.articles.setChangeListener(this);
  }

  articleSaved(id: string, at: number): void {
    if (this.materializing) return;
    if (!this.everyArticle && !this.replica.has(id)) return;
    this.mirror(id, at);
  }

  articleDeleted(id: string, actor: string, at: number): void {
    if (this.materializing) return;
    const doc = this.replica.document(id);
    if (readArticleDocument(doc) === null) return;
    writeArticleDeletion(doc, { at, by: actor }, localOrigin);
    this.replica.store(id, doc, at, false, 0);
    this.replica.markDeleted(id, at);
  }

  /** Writes the article's rows, ledger and comments into its document; true when it changed. */
  mirror(id: string, at = this.now()): boolean {
    const article = this.library.articles.get(id);
    if (!article) return false;
    const doc = this.replica.document(id);
    let changed = false;
    const onUpdate = (): void => {
      changed = true;
    };
    doc.on('update', onUpdate);
    try {
      doc.transact(() => {
        writeArticleDocument(doc, article);
        writeArticleLedger(doc, this.library.articles.quotes.ledgerEntries(id));
        writeArticleOverrides(doc, this.library.articles.quotes.overrideEntries(id));
        writeArticleComments(doc, this.library.articles.comments.threadEntries(id));
        this.mirrorAssignment(id, doc);
      }, localOrigin);
    } finally {
      doc.off('update', onUpdate);
    }
    if (changed || !this.replica.has(id)) this.replica.store(id, doc, at, false, article.version);
    else this.replica.noteVersion(id, article.version);
    return changed;
  }

  /**
   * Gives every article with no document, or whose rows changed while nothing was attached
   * (an older Galley), its document, `limit` at a time.
   */
  backfill(limit = 200): number {
    const ids = this.replica.articlesOutOfStep(limit);
    this.library.db.transaction(() => {
      for (const id of ids) this.mirror(id);
    })();
    return ids.length;
  }

  /**
   * Takes the article's document as merged with the desk into the library: rows, lists, search
   * index, ledger, gate overrides and comment threads, then "changed since check" derived from the merged body.
   * `actor` is the person the desk says made the change; verdicts and overrides are credited to
   * the desk-verified writer of each, whatever name the writer put in them. One transaction
   * with storing the document.
   */
  materialize(id: string, doc: Y.Doc, actor: string, pushed: boolean): MaterializeResult {
    return this.library.db.transaction((): MaterializeResult => {
      const at = this.now();
      const fields = readArticleDocument(doc);
      const { articles } = this.library;
      const existing = articles.get(id);
      let result: MaterializeResult = 'unchanged';
      if (fields === null) return result;
      const deletion = readArticleDeletion(doc);
      if (deletion !== null) {
        if (existing && !pushed && !this.replica.isDeleted(id)) {
          // Someone deleted it while this machine still had edits on their way up: the edits
          // win, the article comes back for everyone, and the person here is told.
          writeArticleDeletion(doc, null, localOrigin);
          // The deleter as the desk verified them; the name in the mark is only what was claimed.
          this.replica.addNotice({
            articleId: id,
            kind: 'kept-after-delete',
            person: actor === 'desk' ? deletion.by : actor,
            at,
          });
          result = 'kept-after-delete';
        } else {
          this.replica.store(id, doc, at, pushed, 0);
          this.replica.markDeleted(id, deletion.at);
          this.materializing = true;
          try {
            if (existing) articles.delete(id, deletion.by);
          } finally {
            this.materializing = false;
          }
          return existing ? 'deleted' : 'unchanged';
        }
      }
      if (deletion === null && this.replica.isDeleted(id) && !existing) {
        // Deleted here, and back because someone else had edits on their way: say so here.
        this.replica.addNotice({ articleId: id, kind: 'restored-after-delete', person: actor, at });
      }
      let renamed: string[] = [];
      let current: typeof existing;
      this.materializing = true;
      try {
        if (!existing || !sameFields(existing, fields)) {
          renamed = articles.writeMerged(id, fields, actor);
          result = result === 'unchanged' ? 'written' : result;
        }
        for (const { entry, writers } of readVerifiedLedger(doc)) {
          articles.quotes.applyLedgerEntry(id, entry, actor, at, writers);
        }
        for (const override of readArticleOverrides(doc))
          articles.quotes.applyOverride(id, override);
        for (const thread of readVerifiedComments(doc)) articles.comments.applyThread(id, thread);
        this.materializeAssignment(id, doc, actor, at);
        // Read once more only when this wrote the rows: each read parses the whole body.
        current = result === 'unchanged' ? existing : articles.get(id);
        if (current) {
          articles.quotes.reconcile(id, current.body, current.bodyText, actor, at);
          articles.comments.reconcile(id, current.body);
        }
      } finally {
        this.materializing = false;
      }
      this.replica.store(
        id,
        doc,
        at,
        pushed && result !== 'kept-after-delete',
        articles.versionOf(id) ?? 0,
      );
      this.replica.markDeleted(id, null);
      for (const other of renamed) this.mirror(other, at);
      return result;
    })();
  }

  /** The row's assignment into the document (nothing when the document already holds it). */
  private mirrorAssignment(id: string, doc: Y.Doc): void {
    const { assignments } = this.library.articles;
    const assignee = assignments.current(id) ?? null;
    const latest = assignments.latest(id);
    writeArticleAssignment(doc, {
      assignee,
      by: latest?.by ?? '',
      at: latest?.at ?? this.now(),
    });
  }

  /**
   * The document's assignment into the row, with a history entry under the desk-verified writer;
   * an assignment to this workstation's person by someone else waits as a notification until seen.
   */
  private materializeAssignment(id: string, doc: Y.Doc, actor: string, at: number): void {
    const assignment = readArticleAssignment(doc);
    if (!assignment) return;
    const { assignments } = this.library.articles;
    const current = assignments.current(id);
    if (current === undefined || sameAssignee(current, assignment.assignee)) return;
    const by = assignment.by || actor;
    assignments.assign(id, assignment.assignee, by, assignment.at || at);
    const me = readCachedDeskPeople(this.library.db)?.me;
    if (me && assignment.assignee?.name === me.name && by !== me.name)
      assignments.notify(id, me.name, by, at);
  }
}

function sameFields(article: ArticleDocumentFields, fields: ArticleDocumentFields): boolean {
  return (
    article.headline === fields.headline &&
    article.lede === fields.lede &&
    article.rubric === fields.rubric &&
    article.slug === fields.slug &&
    article.isSlugCustom === fields.isSlugCustom &&
    article.language === fields.language &&
    article.status === fields.status &&
    article.createdAt === fields.createdAt &&
    article.publishedAt === fields.publishedAt &&
    JSON.stringify(article.tags) === JSON.stringify(fields.tags) &&
    JSON.stringify(article.bylines) === JSON.stringify(fields.bylines) &&
    JSON.stringify(article.related) === JSON.stringify(fields.related) &&
    JSON.stringify(article.body) === JSON.stringify(fields.body)
  );
}
