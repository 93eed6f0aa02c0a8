import type { AppInfo } from '../../../shared/api/apiContract';
import { importText } from '../import/importText';
import { saveImportedArticle } from '../import/saveImportedArticle';
import { ArticleQueries } from '../library/articleQueries';
import { ArticleRuleError } from '../library/articleRuleError';
import {
  ArticleAutosave,
  type AutosaveInput,
  type BodyChangeRefusal,
} from '../library/articleAutosave';
import type { Article, SavedArticle } from '../../../shared/article/articleSchema';
import type { ApiErrorCode } from '../../../shared/api/apiResult';
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
  const autosave = new ArticleAutosave(library.db, library.articles);

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
      const input: AutosaveInput = bodyChange
        ? { patch, bodyChange, baseVersion: baseVersion ?? throwError(needsBaseVersion()) }
        : { patch, baseVersion };
      const outcome = autosave.save(id, input, actor());
      if (outcome.ok) return withoutBody(outcome.value);
      if ('refusal' in outcome) {
        throw new ApiFailure(apiCodeOfRefusal[outcome.refusal.code], outcome.refusal.message);
      }
      throw ApiFailure.fromRule(outcome.failure);
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

/** Changed blocks the library would not splice in, under the codes the editor handles. */
const apiCodeOfRefusal: Readonly<Record<BodyChangeRefusal['code'], ApiErrorCode>> = {
  stale_base: 'stale_base',
  invalid_body: 'invalid_input',
};

/** Changed blocks are placed by the version they were made on. */
function needsBaseVersion(): ApiFailure {
  return new ApiFailure('invalid_input', 'A body change needs the version it was made on.');
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
