import type { AppInfo } from '../../../shared/api/apiContract';
import { ArticleConflictError } from '../library/articleRepository';
import type { Library } from '../library/openLibrary';
import { ApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

export interface ApiContext {
  library: Library;
  /** Who is making changes, recorded as `updatedBy`. */
  actor: string;
  transport: AppInfo['transport'];
  appVersion: string;
}

/** The services behind every API channel, shared by Electron IPC and the HTTP bridge. */
export function createApiHandlers(context: ApiContext): ApiHandlers {
  const { library, actor } = context;
  const notFound = (id: string): ApiFailure =>
    new ApiFailure('not_found', `No article with id ${id}.`);

  return {
    'app:info': () => ({
      name: 'Galley',
      version: context.appVersion,
      libraryPath: library.path,
      schemaVersion: library.schemaVersion,
      transport: context.transport,
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
      library.articles.create({ headline, language }, actor),
    'articles:update': ({ id, patch, baseVersion }) => {
      try {
        const article = library.articles.update(id, patch, actor, baseVersion);
        if (!article) throw notFound(id);
        return article;
      } catch (error) {
        if (error instanceof ArticleConflictError) throw new ApiFailure('conflict', error.message);
        throw error;
      }
    },
    'articles:delete': ({ id }) => {
      if (!library.articles.delete(id)) throw notFound(id);
      return { id };
    },
  };
}
