import type { AppInfo } from '../../../shared/api/apiContract';
import { importText } from '../import/importText';
import { saveImportedArticle } from '../import/saveImportedArticle';
import { ArticleQueries } from '../library/articleQueries';
import { ArticleRuleError, assertBaseVersion } from '../library/articleRuleError';
import { applyBodyChange } from '../../../shared/article/applyBodyChange';
import { blockDigest, bodyDigest } from '../../../shared/article/bodyDigest';
import { BlockDigestMemo } from './BlockDigestMemo';
import type { BodyChange } from '../../../shared/article/bodyChangeSchema';
import {
  documentInputSchema,
  type Article,
  type SavedArticle,
} from '../../../shared/article/articleSchema';
import type { Library } from '../library/openLibrary';
import { FactCheckService } from '../quotes/factCheckService';
import { ArticleWorkflow } from '../workflow/articleWorkflow';
import { ApiFailure, valueOrApiFailure } from './apiFailure';
import { ruleFailures } from '../../../shared/rules/ruleFailure';
import { createExportHandlers } from './exportHandlers';
import { createQuoteHandlers } from './quoteHandlers';
import { createCommentHandlers } from './commentHandlers';
import { createDeskHandlers } from './deskHandlers';
import { createCollabHandlers } from './collabHandlers';
import { createPublishHandlers } from './publishHandlers';
import { createSpellingHandlers } from './spellingHandlers';
import { createTermHandlers } from './termHandlers';
import { createPresenceHandlers } from './presenceHandlers';
import type { DeskLink } from '../desk/deskLink';
import type { ApiHandlers } from './apiHandlers';
import { AssignmentService } from '../assignment/assignmentService';
import { commentMentionSource } from '../assignment/commentMentionSource';
import type { MentionSource } from '../assignment/mentionSource';
import { createAssignmentHandlers } from './assignmentHandlers';
import type { ApiChannel } from '../../../shared/api/apiChannels';
import {
  describeIdentity,
  workstationActor,
  writePersonName,
} from '../identity/workstationIdentity';

/** Channels that change the library (or publish from it): refused once it is found damaged. */
export const libraryWriteChannels: ReadonlySet<ApiChannel> = new Set<ApiChannel>([
  'articles:create',
  'articles:update',
  'articles:autosave',
  'articles:delete',
  'articles:setStatus',
  'articles:saveVersion',
  'revisions:restore',
  'images:upload',
  'articles:import',
  'quotes:create',
  'quotes:update',
  'quotes:dismiss',
  'comments:create',
  'comments:reply',
  'comments:resolve',
  'export:start',
  'desk:join',
  'collab:push',
  'assignments:set',
  'notifications:markSeen',
  'publish:addTarget',
  'publish:removeTarget',
  'publish:queue',
  'publish:retry',
  'publish:cancel',
  'spelling:addWord',
  'spelling:removeWord',
  'terms:rename',
  'terms:delete',
  'quotes:remove',
  'identity:set',
]);

export interface ApiContext {
  library: Library;
  /**
   * The operating system's user name: who changes are recorded as until the person sets a name
   * in Settings or the desk gives this workstation one (describeIdentity, asked on each call).
   */
  loginName: string;
  transport: AppInfo['transport'];
  appVersion: string;
  /** The library's link to its desk, in processes that sync (the app, `galley serve`). */
  desk?: DeskLink | undefined;
  /**
   * Where My queue reads mentions of a person from; by default the library's comments.
   */
  mentions?: MentionSource | undefined;
}

/** The services behind every API channel, shared by Electron IPC and the HTTP bridge. */
export function createApiHandlers(context: ApiContext): ApiHandlers {
  return refuseWritesWhenDamaged(context.library, createLibraryHandlers(context));
}

/**
 * A library found damaged stays readable (an editor can still copy text out) but nothing
 * more is written into it: each write would build on pages SQLite can no longer trust.
 */
function refuseWritesWhenDamaged(library: Library, handlers: ApiHandlers): ApiHandlers {
  const guardedHandlers: Record<string, unknown> = { ...handlers };
  for (const channel of libraryWriteChannels) {
    const handler = handlers[channel] as (input: unknown) => unknown;
    guardedHandlers[channel] = (input: unknown) => {
      const status = library.integrity.current;
      if (status.state === 'damaged') throw new ApiFailure('read_only', status.message);
      return handler(input);
    };
  }
  return guardedHandlers as ApiHandlers;
}

function createLibraryHandlers(context: ApiContext): ApiHandlers {
  const { library } = context;
  const actor = workstationActor(library.db, context.loginName);
  const notFound = (id: string): ApiFailure =>
    ApiFailure.fromRule(ruleFailures.articleNotFound(id));
  const revisionNotFound = (id: number, what = 'revision'): ApiFailure =>
    new ApiFailure('not_found', `No ${what} with id ${id}.`);
  const queries = new ArticleQueries(library.db);
  const workflow = new ArticleWorkflow(library);
  const mentions = context.mentions ?? commentMentionSource(library.articles);
  const assignments = (): AssignmentService => new AssignmentService(library, actor(), mentions);
  /** Library rule errors become API errors; anything else stays unexpected. */
  const guarded = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof ArticleRuleError) throw ApiFailure.fromRule(error.failure);
      throw error;
    }
  };
  const blockDigests = new BlockDigestMemo();
  /**
   * The stored body with an autosave's changed blocks in it, checked as a whole body is. Made
   * only on the version the editor saved last and only when the stored body is the one the
   * blocks were counted against (its digest); any other body is refused as `stale_base`, and
   * the editor sends its body whole.
   */
  const changedBody = (id: string, change: BodyChange, baseVersion: number | undefined) => {
    if (baseVersion === undefined) {
      throw new ApiFailure('invalid_input', 'A body change needs the version it was made on.');
    }
    const article = library.articles.get(id) ?? throwError(notFound(id));
    guarded(() => assertBaseVersion(article.version, baseVersion));
    const digests = blockDigests.digestsOf(id, article.version, article.body);
    const body =
      digests.length === change.baseCount && bodyDigest(digests) === change.baseDigest
        ? applyBodyChange(article.body, change)
        : null;
    if (!body) {
      throw new ApiFailure(
        'stale_base',
        'The stored body is not the one the changed blocks were counted against.',
      );
    }
    const checked = documentInputSchema.safeParse(body);
    if (!checked.success) {
      throw new ApiFailure('invalid_input', checked.error.issues[0]?.message ?? 'body: invalid');
    }
    return { body: checked.data, digests };
  };
  /** The digests of a body just stored from a change: the kept ones, and the changed blocks'. */
  const rememberDigests = (saved: Article, change: BodyChange, base: readonly string[]): void => {
    const blocks = saved.body.content ?? [];
    const end = change.start + change.blocks.length;
    if (blocks.length !== base.length - change.deleteCount + change.blocks.length) return;
    blockDigests.remember(saved.id, saved.version, [
      ...base.slice(0, change.start),
      ...blocks.slice(change.start, end).map(blockDigest),
      ...base.slice(change.start + change.deleteCount),
    ]);
  };

  return {
    'app:info': () => ({
      name: 'Galley',
      version: context.appVersion,
      libraryPath: library.path,
      schemaVersion: library.schemaVersion,
      transport: context.transport,
      integrity: library.integrity.current,
    }),
    'articles:list': ({ offset, limit }) => ({
      articles: library.articles.list(offset, limit),
      total: library.articles.count(),
    }),
    'articles:get': ({ id }) => {
      const article = library.articles.get(id);
      if (!article) throw notFound(id);
      return article;
    },
    'articles:create': ({ headline, language }) =>
      library.articles.create({ headline, language }, actor()),
    'articles:update': ({ id, patch, baseVersion }) =>
      guarded(() => library.articles.update(id, patch, actor(), baseVersion)) ??
      throwError(notFound(id)),
    'articles:autosave': ({ id, patch, bodyChange, baseVersion }) => {
      const changed = bodyChange ? changedBody(id, bodyChange, baseVersion) : undefined;
      const body = changed ? changed.body : patch.body;
      const saved =
        guarded(() =>
          library.articles.update(id, body ? { ...patch, body } : patch, actor(), baseVersion),
        ) ?? throwError(notFound(id));
      if (bodyChange && changed) rememberDigests(saved, bodyChange, changed.digests);
      return withoutBody(saved);
    },
    'articles:delete': ({ id }) => {
      if (!library.articles.delete(id, actor())) throw notFound(id);
      return { id };
    },
    'articles:query': (query) =>
      queries.run(
        query.assignee?.kind === 'me'
          ? { ...query, assignee: { kind: 'person', name: assignments().me().name } }
          : query,
      ),
    'articles:setStatus': (move) => valueOrApiFailure(workflow.moveStatus(move, actor())).article,
    'articles:saveVersion': ({ id, name }) =>
      library.articles.saveVersion(id, name, actor()) ?? throwError(notFound(id)),
    'revisions:list': ({ articleId }) => {
      if (!library.articles.get(articleId)) throw notFound(articleId);
      return { revisions: library.articles.revisions.list(articleId) };
    },
    'revisions:get': ({ id }) =>
      library.articles.revisions.get(id) ?? throwError(revisionNotFound(id)),
    'revisions:restore': ({ articleId, revisionId, baseVersion }) =>
      guarded(() =>
        library.articles.restoreRevision(articleId, revisionId, actor(), baseVersion),
      ) ?? throwError(revisionNotFound(revisionId, 'revision of this article')),
    'images:upload': ({ fileName, dataBase64 }) => {
      try {
        const { id, mimeType } = library.images.put(
          Buffer.from(dataBase64, 'base64'),
          fileName,
          Date.now(),
        );
        return { imageId: id, mimeType };
      } catch (error) {
        if (error instanceof ArticleRuleError) throw ApiFailure.fromRule(error.failure);
        throw new ApiFailure(
          'invalid_input',
          error instanceof Error ? error.message : String(error),
        );
      }
    },
    'articles:import': async ({ fileName, dataBase64 }) => {
      let imported;
      try {
        imported = await importText(fileName, Buffer.from(dataBase64, 'base64'));
      } catch (error) {
        // Whatever the importer refuses is about the file: a one-line reason for the user.
        if (error instanceof Error) throw new ApiFailure('invalid_input', error.message);
        throw error;
      }
      const article = saveImportedArticle(library, imported, actor());
      return {
        id: article.id,
        headline: article.headline,
        slug: article.slug,
        lede: article.lede,
        isHeadlineGuessed: imported.isHeadlineGuessed === true,
      };
    },
    'lists:get': () => ({
      rubrics: library.articles.listRubrics(),
      tags: library.articles.listTags(),
      bylines: library.articles.listBylines(),
      speakers: library.articles.quotes.speakers(),
    }),
    ...createQuoteHandlers(new FactCheckService(library), workflow, actor),
    ...createCommentHandlers(library, actor),
    ...createExportHandlers(library, actor),
    ...createDeskHandlers(context.desk),
    ...createCollabHandlers(library, actor),
    ...createPresenceHandlers(library, context.desk),
    ...createPublishHandlers(library, actor),
    ...createSpellingHandlers(library, actor),
    ...createTermHandlers(library, actor),
    ...createAssignmentHandlers(library, assignments, actor, context.desk),
    'identity:get': () => describeIdentity(library.db, context.loginName),
    'identity:set': ({ name }) => {
      writePersonName(library.db, name);
      return describeIdentity(library.db, context.loginName);
    },
  };
}

/** The editor that saved has the body: 20,000 words need not travel back on every save. */
function withoutBody(article: Article): SavedArticle {
  const saved: Partial<Article> = { ...article };
  delete saved.body;
  delete saved.bodyText;
  return saved as SavedArticle;
}

function throwError(error: Error): never {
  throw error;
}
