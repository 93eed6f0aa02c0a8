import { selectArticlesForExport } from '../export/selectArticlesForExport';
import type { ActorOf } from '../identity/workstationIdentity';
import type { Library } from '../library/openLibrary';
import { CorrectionError } from '../publish/correctionStore';
import { PublishService } from '../publish/publishService';
import { PublishTargetError } from '../publish/publishTargetStore';
import { ApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

type PublishChannel =
  | 'publish:targets'
  | 'publish:addTarget'
  | 'publish:removeTarget'
  | 'publish:testTarget'
  | 'publish:queue'
  | 'publish:outbox'
  | 'publish:retry'
  | 'publish:cancel';

/** Settings → Publishing and the publishing queue: thin over `PublishService`. */
export function createPublishHandlers(
  library: Library,
  actor: ActorOf,
): Pick<ApiHandlers, PublishChannel> {
  const service = new PublishService(library);
  const targets = () => ({
    targets: service.targets.list().map((target) => ({
      name: target.name,
      kind: target.kind,
      url: target.url,
      ...(target.siteUrl ? { siteUrl: target.siteUrl } : {}),
      ...(target.user ? { user: target.user } : {}),
      ...(target.takedown ? { takedown: target.takedown } : {}),
      hasSecret: service.targets.hasSecret(target.name),
    })),
  });
  const outbox = () => ({
    items: service.outbox.list(300).map((item) => ({
      id: item.id,
      target: item.target,
      articleId: item.articleId,
      headline: library.articles.get(item.articleId)?.headline ?? '',
      action: item.action,
      state: item.state,
      attempts: item.attempts,
      nextAttemptAt: item.nextAttemptAt,
      lastError: item.lastError,
      remoteUrl: item.remoteUrl,
      queuedAt: item.queuedAt,
      updatedAt: item.updatedAt,
    })),
  });
  const refusal = (error: unknown): never => {
    if (error instanceof PublishTargetError || error instanceof CorrectionError)
      throw new ApiFailure('invalid_input', error.message);
    throw error;
  };
  return {
    'publish:targets': () => targets(),
    'publish:addTarget': (input) => {
      try {
        service.targets.add(
          {
            name: input.name,
            kind: input.kind,
            url: input.url,
            siteUrl: 'siteUrl' in input ? input.siteUrl || undefined : undefined,
            user: input.kind === 'wordpress' ? input.user : undefined,
            takedown: input.kind === 'wordpress' ? input.takedown : undefined,
          },
          'secret' in input ? input.secret : '',
          Date.now(),
        );
        return { ...targets(), problem: null };
      } catch (error) {
        if (error instanceof PublishTargetError) return { ...targets(), problem: error.problem };
        throw error;
      }
    },
    'publish:removeTarget': ({ name }) => {
      service.targets.remove(name);
      return targets();
    },
    'publish:testTarget': async ({ name }) => {
      try {
        const result = await service.test(name);
        return result.ok ? { ok: true, reason: null } : { ok: false, reason: result.reason };
      } catch (error) {
        return refusal(error);
      }
    },
    'publish:queue': ({ target, selection, action, correction }) => {
      try {
        const ids = selectArticlesForExport(library.db, selection);
        const result = service.queue(target, ids, actor(), action, correction);
        return { queued: result.queued.length, blocked: result.blocked };
      } catch (error) {
        return refusal(error);
      }
    },
    'publish:outbox': () => outbox(),
    'publish:retry': ({ id }) => {
      service.outbox.retry(id, Date.now());
      return outbox();
    },
    'publish:cancel': ({ id }) => {
      service.outbox.cancel(id, Date.now());
      return outbox();
    },
  };
}
