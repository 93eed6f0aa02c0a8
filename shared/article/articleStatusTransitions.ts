import type { ArticleStatus } from './articleSchema';

/**
 * Where an article may go from each status: straight to any working status (an editor does
 * not walk through editing and fact-check to reach ready; the ready gate still applies),
 * published only from ready, and a published article reopened for editing.
 */
export const articleStatusTransitions: Readonly<Record<ArticleStatus, readonly ArticleStatus[]>> = {
  draft: ['editing', 'fact-check', 'ready'],
  editing: ['draft', 'fact-check', 'ready'],
  'fact-check': ['draft', 'editing', 'ready'],
  ready: ['draft', 'editing', 'fact-check', 'published'],
  published: ['editing'],
};

/** True when `to` is reachable from `from` in one move (staying put counts). */
export function canMoveArticle(from: ArticleStatus, to: ArticleStatus): boolean {
  return from === to || articleStatusTransitions[from].includes(to);
}
