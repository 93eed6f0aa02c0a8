import { AssignmentStore } from './assignmentStore';
import type { Database } from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import type {
  Article,
  ArticleLanguage,
  ArticlePatch,
  ArticleStatus,
  ArticleSummary,
  RelatedArticle,
} from '../../../shared/article/articleSchema';
import { canMoveArticle } from '../../../shared/article/articleStatusTransitions';
import type { RevisionReason, RevisionSummary } from '../../../shared/article/revisionSchema';
import { slugify } from '../../../shared/article/slugify';
import { extractPlainText } from '../../../shared/editor/extractPlainText';
import { ruleFailures } from '../../../shared/rules/ruleFailure';
import { createEmptyDocument, type TiptapNode } from '../../../shared/editor/tiptapJson';
import { ArticleRuleError, assertBaseVersion } from './articleRuleError';
import { type ArticleFields, type ArticleHead, ArticleStore } from './articleStore';
import { CommentStore } from './commentStore';
import { QuoteAnnotationStore } from './quoteAnnotationStore';
import { RevisionStore } from './revisionStore';
import type { ArticleDocumentFields } from '../../../shared/desk/articleDocument';
import {
  saveArticle,
  type ArticleChangeListener,
  type ArticleSave,
  type ArticleStores,
} from './saveArticle';
import { SearchIndex } from './searchIndex';
import { withoutAutoCheckpoint } from './withoutAutoCheckpoint';
import { withoutFsync } from './withoutFsync';

export { ArticleConflictError } from './articleRuleError';

export interface NewArticle {
  headline?: string;
  lede?: string;
  rubric?: string;
  language?: ArticleLanguage;
  body?: TiptapNode;
  related?: RelatedArticle[];
  tags?: string[];
  bylines?: string[];
  /** `import` when the article came from a file. */
  reason?: Extract<RevisionReason, 'created' | 'import'>;
}

const fallbackSlug = 'article';

/**
 * Articles in the library. Each write checks the library's rules (versions, slugs, workflow
 * steps) and hands its change to `saveArticle`, which writes it with its revision in one
 * transaction; the checks run inside that transaction too.
 */
export class ArticleRepository {
  readonly revisions: RevisionStore;
  readonly search: SearchIndex;
  readonly quotes: QuoteAnnotationStore;
  readonly comments: CommentStore;
  /** Who each article is assigned to; hand-offs go through `AssignmentService`. */
  readonly assignments: AssignmentStore;
  private readonly store: ArticleStore;
  private readonly stores: ArticleStores;
  private readonly nextId = monotonicFactory();
  private indexing: NodeJS.Immediate | undefined;
  private afterAutosave: ((id: string) => void) | undefined;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new ArticleStore(db);
    this.revisions = new RevisionStore(db);
    this.search = new SearchIndex(db);
    this.quotes = new QuoteAnnotationStore(db);
    this.comments = new CommentStore(db);
    this.assignments = new AssignmentStore(db);
    this.stores = {
      db,
      articles: this.store,
      search: this.search,
      quotes: this.quotes,
      comments: this.comments,
      revisions: this.revisions,
    };
  }

  count(): number {
    return this.store.count();
  }

  /** Newest first. */
  list(offset: number, limit: number): ArticleSummary[] {
    return this.store.list(offset, limit);
  }

  get(id: string): Article | undefined {
    return this.store.get(id);
  }

  create(input: NewArticle, actor: string): Article {
    const id = this.nextId(this.now());
    const body = input.body ?? createEmptyDocument();
    const headline = input.headline ?? '';
    const lede = input.lede ?? '';
    const at = this.now();
    return this.save(() => {
      const bodyText = extractPlainText(body);
      return {
        id,
        actor,
        at,
        revision: { reason: input.reason ?? 'created' },
        write: () => {
          this.store.insert(
            id,
            {
              headline,
              lede,
              rubric: input.rubric ?? '',
              slug: this.uniqueSlug(slugify(headline) || fallbackSlug, id),
              language: input.language ?? 'ru',
              bodyJson: JSON.stringify(body),
              bodyText,
            },
            at,
            actor,
          );
          this.store.writeLists(id, at, input);
        },
        searchable: { headline, lede, bodyText },
      };
    });
  }

  /** The article's version and its body as stored JSON text, without parsing it. */
  storedBody(id: string): { version: number; json: string } | undefined {
    return this.store.storedBody(id);
  }

  /** The article's version, and whether its stored body is exactly `json`. */
  storedBodyIs(id: string, json: string): { version: number; same: boolean } | undefined {
    return this.store.storedBodyIs(id, json);
  }

  /**
   * Applies a patch. With `baseVersion`, a save based on an older version is refused
   * rather than silently overwriting what another window saved. `serializedBody` is
   * `JSON.stringify(patch.body)`, when the caller has it already (the autosave keeps that text).
   */
  update(
    id: string,
    patch: ArticlePatch,
    actor: string,
    baseVersion?: number,
    revision: { reason: RevisionReason; name?: string } = { reason: 'autosave' },
    serializedBody?: string,
  ): Article | undefined {
    const plan = (): ArticleSave | undefined => {
      // A new body replaces the stored one: reading 10,000 words only to overwrite them is waste.
      const current = this.store.head(id);
      if (!current) return undefined;
      assertBaseVersion(current.version, baseVersion);
      const stored = patch.body ? undefined : this.store.bodyOf(id);
      const at = Math.max(this.now(), current.updated_at);
      const headline = patch.headline ?? current.headline;
      const lede = patch.lede ?? current.lede;
      const { slug, isSlugCustom } = this.nextSlug(current, patch, headline);
      const bodyText = patch.body ? extractPlainText(patch.body) : (stored?.body_text ?? '');
      const bodyJson = patch.body
        ? (serializedBody ?? JSON.stringify(patch.body))
        : (stored?.body_json ?? '');
      const isTextChanged =
        patch.headline !== undefined || patch.lede !== undefined || patch.body !== undefined;
      return {
        id,
        actor,
        at,
        revision,
        write: () => {
          const fields = {
            headline,
            lede,
            rubric: patch.rubric ?? current.rubric,
            slug,
            isSlugCustom,
            language: patch.language ?? (current.language as ArticleLanguage),
            bodyJson,
            bodyText,
          };
          if (patch.body && isOnlyBodyChanged(current, fields)) {
            this.store.updateBody(id, { json: bodyJson, text: bodyText }, at, actor);
          } else this.store.update(id, fields, at, actor);
          this.store.writeLists(id, at, patch);
        },
        searchable: isTextChanged ? { headline, lede, bodyText } : undefined,
        indexLater: isTextChanged && revision.reason === 'autosave',
        body: patch.body ? { document: patch.body, text: bodyText, json: bodyJson } : undefined,
      };
    };
    if (revision.reason !== 'autosave') return this.save(plan);
    // The follow-up checkpoints right after the answer, so the commit need not.
    const article = withoutAutoCheckpoint(this.db, () => this.save(plan));
    if (article) {
      this.scheduleIndexing();
      // Only a change of what typography reads: not a rubric renamed across the archive.
      const isTypesetChanged =
        patch.headline !== undefined ||
        patch.lede !== undefined ||
        patch.body !== undefined ||
        patch.language !== undefined;
      if (isTypesetChanged) this.afterAutosave?.(id);
    }
    return article;
  }

  /**
   * Told the id of each article whose text an autosave wrote, once it is written (see
   * `openLibrary`).
   */
  onAutosave(hook: (id: string) => void): void {
    this.afterAutosave = hook;
  }

  /**
   * After autosaves have been answered, once the current task is done (saves in a row share
   * one run): folds the write-ahead log back into the library, so that copying never falls on
   * the next save's commit, and then brings the search index up to date. In that order the
   * index's write is the one that starts the emptied log over, with the extra sync of its
   * header, and the next save appends to it with one sync. A failure (the library busy in
   * another process) leaves the marks for the next save or search.
   */
  private scheduleIndexing(): void {
    if (this.indexing) return;
    this.indexing = setImmediate(() => {
      this.indexing = undefined;
      if (!this.db.open) return;
      try {
        this.db.pragma('wal_checkpoint(PASSIVE)');
        // The index can be rebuilt: a power cut that takes this commit leaves the pending
        // marks the save committed, and the next open indexes them, so it need not wait for
        // the disk on the thread the next save arrives at.
        withoutFsync(this.db, () => this.search.flushPending());
      } catch (error) {
        process.stderr.write(
          `galley: the search index will catch up later: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    });
    this.indexing.unref();
  }

  /** Moves an article along the workflow; `published` stamps the publication time once. */
  setStatus(
    id: string,
    status: ArticleStatus,
    actor: string,
    baseVersion?: number,
  ): Article | undefined {
    return this.db.transaction(() => {
      const current = this.store.head(id);
      if (!current) return undefined;
      assertBaseVersion(current.version, baseVersion);
      const from = current.status as ArticleStatus;
      if (!canMoveArticle(from, status)) {
        throw new ArticleRuleError(ruleFailures.statusMoveRefused(from, status));
      }
      if (from === status) return this.store.mustGet(id);
      const at = Math.max(this.now(), current.updated_at);
      return saveArticle(this.stores, {
        id,
        actor,
        at,
        revision: { reason: 'status' },
        write: () => this.store.setStatus(id, status, at, actor),
      }).article;
    })();
  }

  /** Marks exported articles published (keeping an earlier publication time). */
  markPublished(ids: readonly string[], at: number, actor: string): void {
    this.db.transaction(() => {
      for (const id of ids) {
        const current = this.store.head(id);
        if (!current || current.status === 'published') continue;
        // Publishing is not an edit: the content time and version stay, so the next
        // export of an unchanged article writes nothing.
        saveArticle(this.stores, {
          id,
          actor,
          at,
          revision: { reason: 'status' },
          write: () => this.store.markPublished(id, at, actor),
        });
      }
    })();
  }

  /** The ids of the articles this one links to, without reading it whole. */
  relatedIds(id: string): string[] {
    return this.store.relatedIds(id);
  }

  /** The article's version, without reading its body. */
  versionOf(id: string): number | undefined {
    return this.store.head(id)?.version;
  }

  /** Taken off every site it was on: a published article goes back to ready. */
  markUnpublished(id: string, at: number, actor: string): void {
    this.db.transaction(() => {
      if (this.store.head(id)?.status !== 'published') return;
      saveArticle(this.stores, {
        id,
        actor,
        at,
        revision: { reason: 'status' },
        write: () => this.store.markUnpublished(id, actor),
      });
    })();
  }

  /** Keeps the current state as a named version. */
  saveVersion(id: string, name: string, actor: string): RevisionSummary | undefined {
    return this.db.transaction(() => {
      if (!this.store.head(id)) return undefined;
      const { revisionId } = saveArticle(this.stores, {
        id,
        actor,
        at: this.now(),
        revision: { reason: 'named', name },
      });
      return this.revisions.summary(revisionId);
    })();
  }

  /**
   * Puts a revision's content back. The state it replaces is kept first, and the restore is
   * itself a revision, so nothing is ever lost. Status is not restored: it is the workflow's.
   */
  restoreRevision(
    id: string,
    revisionId: number,
    actor: string,
    baseVersion?: number,
  ): Article | undefined {
    return this.db.transaction(() => {
      const revision = this.revisions.get(revisionId);
      if (!revision || revision.articleId !== id) return undefined;
      const current = this.store.get(id);
      if (!current) return undefined;
      assertBaseVersion(current.version, baseVersion);
      saveArticle(this.stores, {
        id,
        actor,
        at: Math.max(this.now(), current.updatedAt),
        revision: { reason: 'before-restore' },
      });
      const { snapshot } = revision;
      const keepsSlug = current.isSlugCustom || current.publishedAt !== null;
      return this.update(
        id,
        {
          headline: snapshot.headline,
          lede: snapshot.lede,
          rubric: snapshot.rubric,
          tags: snapshot.tags,
          bylines: snapshot.bylines,
          language: snapshot.language,
          related: snapshot.related,
          body: snapshot.body,
          ...(keepsSlug ? {} : { slug: null }),
        },
        actor,
        undefined,
        { reason: 'restore', name: revision.name || `#${revision.id}` },
      );
    })();
  }

  /**
   * Tells `listener` of every save and deletion, inside its transaction (the desk's replica);
   * quote decisions and comments count as saves of their article.
   */
  setChangeListener(listener: ArticleChangeListener | undefined): void {
    this.stores.listener = listener;
    this.quotes.onDecision = listener ? (id, at) => listener.articleSaved(id, at) : undefined;
    this.comments.onDecision = this.quotes.onDecision;
  }

  /**
   * Writes an article as a desk's merged document holds it, inserting it when it is new here.
   * The writers' machines checked the rules before their edits; what a merge can still break
   * is slug uniqueness, kept by one rule every machine applies alike: the older article (the
   * smaller id) keeps a contested slug. Returns the ids whose slug this write changed, for
   * the caller to carry back into their documents.
   */
  writeMerged(id: string, fields: ArticleDocumentFields, actor: string): string[] {
    return this.db.transaction(() => {
      const renamed: string[] = [];
      let slug = fields.slug || fallbackSlug;
      const current = this.store.head(id);
      // As with a patch: until first publication a slug nobody typed follows the headline.
      if (
        current &&
        current.headline !== fields.headline &&
        !fields.isSlugCustom &&
        fields.publishedAt === null
      ) {
        const followed = slugify(fields.headline) || fallbackSlug;
        if (followed !== slug) {
          slug = followed;
          renamed.push(id);
        }
      }
      const holder = this.store.findIdBySlug(slug, id);
      if (holder !== undefined) {
        if (holder < id) {
          slug = this.uniqueSlug(slug, id);
          if (!renamed.includes(id)) renamed.push(id);
        } else {
          this.moveSlugAside(holder, slug, actor);
          renamed.push(holder);
        }
      }
      const at = Math.max(this.now(), current?.updated_at ?? 0);
      const bodyText = extractPlainText(fields.body);
      const row = {
        headline: fields.headline,
        lede: fields.lede,
        rubric: fields.rubric,
        slug,
        isSlugCustom: fields.isSlugCustom,
        language: fields.language,
        bodyJson: JSON.stringify(fields.body),
        bodyText,
      };
      const isNew = current === undefined;
      saveArticle(this.stores, {
        id,
        actor,
        at,
        revision: { reason: isNew ? 'created' : 'autosave' },
        write: () => {
          if (isNew) this.store.insert(id, row, at, actor);
          this.store.update(id, row, at, actor);
          this.store.writeLists(id, at, fields);
          this.store.setMergedWorkflow(id, fields);
        },
        searchable: { headline: fields.headline, lede: fields.lede, bodyText },
        body: { document: fields.body, text: bodyText },
      });
      return renamed;
    })();
  }

  /** Gives up a slug to an older article that arrived from the desk with the same one. */
  private moveSlugAside(id: string, slug: string, actor: string): void {
    const current = this.store.head(id);
    if (!current) return;
    let candidate = slug;
    for (let suffix = 2; candidate === slug || this.store.isSlugTaken(candidate, id); suffix += 1)
      candidate = `${slug}-${suffix}`;
    this.update(id, { slug: candidate }, actor);
  }

  /** The id of an article with exactly this headline (ignoring case), for linking related headlines. */
  findIdByHeadline(headline: string): string | undefined {
    return this.store.findIdByHeadline(headline);
  }

  delete(id: string, actor = ''): boolean {
    return this.db.transaction(() => {
      this.search.remove(id);
      const deleted = this.store.delete(id);
      if (deleted) this.stores.listener?.articleDeleted(id, actor, this.now());
      return deleted;
    })();
  }

  listRubrics(): string[] {
    return this.store.listRubrics();
  }

  listTags(): string[] {
    return this.store.listTags();
  }

  listBylines(): string[] {
    return this.store.listBylines();
  }

  /** Plans a save from the stored state and runs it, the reading and the writing in one transaction. */
  private save(plan: () => ArticleSave): Article;
  private save(plan: () => ArticleSave | undefined): Article | undefined;
  private save(plan: () => ArticleSave | undefined): Article | undefined {
    return this.db.transaction(() => {
      const change = plan();
      return change ? saveArticle(this.stores, change).article : undefined;
    })();
  }

  /** A typed slug sticks; otherwise the slug follows the headline until first publication. */
  private nextSlug(
    current: ArticleHead,
    patch: ArticlePatch,
    headline: string,
  ): { slug: string; isSlugCustom: boolean } {
    if (typeof patch.slug === 'string') {
      if (patch.slug !== current.slug && this.store.isSlugTaken(patch.slug, current.id)) {
        throw new ArticleRuleError(ruleFailures.slugTaken(patch.slug));
      }
      return { slug: patch.slug, isSlugCustom: true };
    }
    const isSlugCustom = patch.slug === null ? false : current.is_slug_custom === 1;
    const followsHeadline = !isSlugCustom && current.published_at === null;
    if (followsHeadline && (patch.headline !== undefined || patch.slug === null)) {
      return { slug: this.uniqueSlug(slugify(headline) || fallbackSlug, current.id), isSlugCustom };
    }
    return { slug: current.slug, isSlugCustom };
  }

  private uniqueSlug(base: string, id: string): string {
    let candidate = base;
    for (let suffix = 2; this.store.isSlugTaken(candidate, id); suffix += 1) {
      candidate = `${base}-${suffix}`;
    }
    return candidate;
  }
}

/** Whether a write leaves every column but the body's as the row has it. */
function isOnlyBodyChanged(
  current: ArticleHead,
  fields: Omit<ArticleFields, 'bodyJson' | 'bodyText'>,
): boolean {
  return (
    fields.headline === current.headline &&
    fields.lede === current.lede &&
    fields.rubric === current.rubric &&
    fields.slug === current.slug &&
    fields.isSlugCustom === (current.is_slug_custom === 1) &&
    fields.language === current.language
  );
}
