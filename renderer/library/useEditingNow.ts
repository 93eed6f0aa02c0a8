import type { ArticlePresence } from '../../shared/desk/presenceSchema';
import { useApiQuery } from '../api/useApiQuery';

/** How soon the list shows someone opening or closing an article elsewhere. */
const presencePollMs = 2_000;
const nobody = new Map<string, ArticlePresence['people']>();

/**
 * Articles someone on another workstation has open in an editor now, by article id, while the
 * library is joined to a desk (the services ask the desk every two seconds; so does this).
 */
export function useEditingNow(): ReadonlyMap<string, ArticlePresence['people']> {
  const desk = useApiQuery('desk:status', {});
  const joined = desk.data?.joined ?? false;
  const presence = useApiQuery(
    'presence:articles',
    {},
    { enabled: joined, refetchInterval: joined ? presencePollMs : false },
  );
  if (!joined || !presence.data) return nobody;
  return new Map(presence.data.articles.map((article) => [article.id, article.people]));
}
