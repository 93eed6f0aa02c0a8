import type { ArticleStatus } from './articleSchema';

/**
 * Where an article may go from each status: one step forward or back along the desk's
 * workflow, back to draft from anywhere, and a published article reopened for editing.
 */
export const articleStatusTransitions: Readonly<Record<ArticleStatus, readonly ArticleStatus[]>> = {
  draft: ['editing'],
  editing: ['draft', 'fact-check'],
  'fact-check': ['draft', 'editing', 'ready'],
  ready: ['draft', 'editing', 'fact-check', 'published'],
  published: ['editing'],
};

/** True when `to` is reachable from `from` in one move (staying put counts). */
export function canMoveArticle(from: ArticleStatus, to: ArticleStatus): boolean {
  return from === to || articleStatusTransitions[from].includes(to);
}
