import { ruleFailures } from '../../../shared/rules/ruleFailure';
import type { DeskLink } from '../desk/deskLink';
import type { Library } from '../library/openLibrary';
import { ApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

type PresenceChannel = 'presence:update' | 'presence:leave' | 'presence:articles';

/**
 * Who else is in an article, for the editor and the library (see DeskPresence). Alone, or in a
 * process that does not sync, nobody else is ever there: the answers say so, never fail.
 */
export function createPresenceHandlers(
  library: Library,
  desk: DeskLink | undefined,
): Pick<ApiHandlers, PresenceChannel> {
  return {
    'presence:update': async ({ id, session, cursor, since, waitMs }) => {
      if (!library.articles.get(id)) throw ApiFailure.fromRule(ruleFailures.articleNotFound(id));
      const presence = desk?.presence();
      if (!presence) {
        // Nothing will change until the library joins: the editor asks again after the wait.
        // Unreferenced, like a pull's wait: a stopping process does not wait for it.
        await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
        return { version: 0, people: [] };
      }
      return presence.update(id, session, cursor, since, waitMs);
    },
    'presence:leave': ({ id, session }) => ({
      left: desk?.presence()?.leave(id, session) ?? false,
    }),
    'presence:articles': () => ({ articles: desk?.presence()?.articles() ?? [] }),
  };
}
