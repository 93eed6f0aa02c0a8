import { CommentService } from '../comments/commentService';
import type { ActorOf } from '../identity/workstationIdentity';
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
  actor: ActorOf,
): Pick<ApiHandlers, CommentChannels> {
  // Made for each call: the name changes are written under may have changed since the last.
  const comments = (): CommentService => new CommentService(library, actor());
  return {
    'comments:list': ({ articleId }) => ({ threads: comments().list(articleId) }),
    'comments:create': (thread) => comments().open(thread),
    'comments:reply': ({ threadId, body }) => comments().reply(threadId, body),
    'comments:resolve': ({ threadId, resolved }) => comments().setResolved(threadId, resolved),
    'comments:people': () => ({ people: comments().people() }),
    'comments:mentions': ({ person }) => ({ mentions: comments().mentions(person) }),
  };
}
