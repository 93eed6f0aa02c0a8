import { ruleFailures } from '../../../shared/rules/ruleFailure';
import { ArticleCollaboration } from '../desk/articleCollaboration';
import type { ActorOf } from '../identity/workstationIdentity';
import type { Library } from '../library/openLibrary';
import { ApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

type CollabChannel = 'collab:open' | 'collab:push' | 'collab:pull';

/** The editor's Yjs document of an article, over the API (see ArticleCollaboration). */
export function createCollabHandlers(
  library: Library,
  actor: ActorOf,
): Pick<ApiHandlers, CollabChannel> {
  // Made for each call: each save is credited to whoever this workstation's person is now.
  const collaboration = (): ArticleCollaboration => new ArticleCollaboration(library, actor());
  const notFound = (id: string): ApiFailure =>
    ApiFailure.fromRule(ruleFailures.articleNotFound(id));
  const fromBase64 = (data: string): Uint8Array => new Uint8Array(Buffer.from(data, 'base64'));
  return {
    'collab:open': ({ id }) => {
      const state = collaboration().open(id);
      if (!state) throw notFound(id);
      return { update: Buffer.from(state).toString('base64') };
    },
    'collab:push': ({ id, update }) => {
      let saved;
      try {
        saved = collaboration().push(id, fromBase64(update));
      } catch (error) {
        // A malformed update is the caller's: a clear refusal, never a half-applied document.
        if (error instanceof ApiFailure) throw error;
        throw new ApiFailure(
          'invalid_input',
          `Not a Yjs update for this article: ${describe(error)}`,
        );
      }
      if (!saved) throw notFound(id);
      return saved;
    },
    'collab:pull': async ({ id, vector, since, waitMs }) => {
      if (!library.articles.get(id)) throw notFound(id);
      const { update, seq } = await collaboration().pull(id, fromBase64(vector), since, waitMs);
      return { update: update ? Buffer.from(update).toString('base64') : null, seq };
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
