import { CommentService } from '../comments/commentService';
import type { Library } from '../library/openLibrary';
import type { ApiHandlers } from './apiHandlers';

type CommentChannels =
  | 'comments:list'
  | 'comments:create'
  | 'comments:reply'
  | 'comments:resolve'
  | 'comments:people'
  | 'comments:mentions';

/** The comments panel's calls, and the mentions "My queue" counts. */
export function createCommentHandlers(
  library: Library,
  actor: string,
): Pick<ApiHandlers, CommentChannels> {
  const comments = new CommentService(library, actor);
  return {
    'comments:list': ({ articleId }) => ({ threads: comments.list(articleId) }),
    'comments:create': (thread) => comments.open(thread),
    'comments:reply': ({ threadId, body }) => comments.reply(threadId, body),
    'comments:resolve': ({ threadId, resolved }) => comments.setResolved(threadId, resolved),
    'comments:people': () => ({ people: comments.people() }),
    'comments:mentions': ({ person }) => ({ mentions: comments.mentions(person) }),
  };
}
