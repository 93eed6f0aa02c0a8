import type { ActorOf } from '../identity/workstationIdentity';
import type { Library } from '../library/openLibrary';
import { TermCatalogue } from '../library/termCatalogue';
import type { ApiHandlers } from './apiHandlers';

type TermChannels = 'terms:list' | 'terms:rename' | 'terms:delete';

/** Settings → Rubrics and tags: counts, rename (and merge), delete. */
export function createTermHandlers(
  library: Library,
  actor: ActorOf,
): Pick<ApiHandlers, TermChannels> {
  const terms = new TermCatalogue(library.db, library.articles);
  return {
    'terms:list': () => terms.list(),
    'terms:rename': ({ kind, from, to }) => {
      const changed = terms.rename(kind, from, to, actor());
      return { ...terms.list(), changed };
    },
    'terms:delete': ({ kind, name }) => {
      const changed = terms.remove(kind, name, actor());
      return { ...terms.list(), changed };
    },
  };
}
