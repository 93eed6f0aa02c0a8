import type { RuleFailure } from '../../../shared/rules/ruleFailure';
import { readLibrarySetting } from '../library/librarySettings';
import type { Library } from '../library/openLibrary';
import { ArticleWorkflow } from '../workflow/articleWorkflow';
import { buildDeliveryItem } from './buildDeliveryItem';
import { createDelivery } from './createDelivery';
import { orderRelatedFirst } from './orderRelatedFirst';
import { OutboxStore, type OutboxAction, type OutboxItem } from './outboxStore';
import { PublishTargetError, PublishTargetStore, type PublishTarget } from './publishTargetStore';
import type { RemoteArticle, TargetDelivery } from './targetDelivery';

/** What queuing did: the outbox ids, and the articles the publish gate held back. */
export interface QueueResult {
  queued: Array<{ id: string; outboxId: number }>;
  blocked: Array<{ id: string; reason: string; rule: RuleFailure }>;
  missing: string[];
}

const maxBackoffMs = 10 * 60_000;
const firstBackoffMs = 1_000;
const attemptTimeoutMs = 30_000;

/**
 * Publishing to websites, for every adapter (CLI, app): queue articles for a target (the
 * publish gate decides here, the same gate as the export and the status moves), and deliver
 * what is due, one attempt per item, with back-off and jitter between attempts.
 */
export class PublishService {
  readonly targets: PublishTargetStore;
  readonly outbox: OutboxStore;
  private readonly workflow: ArticleWorkflow;
  private readonly deliveries = new Map<string, { key: string; delivery: TargetDelivery }>();

  constructor(
    private readonly library: Library,
    private readonly options: {
      now?: () => number;
      random?: () => number;
      /** How a target is reached; by default from its kind and settings. */
      deliveryFor?: (target: PublishTarget, secret: string) => TargetDelivery;
      attemptTimeoutMs?: number;
    } = {},
  ) {
    this.targets = new PublishTargetStore(library.db);
    this.outbox = new OutboxStore(library.db);
    this.workflow = new ArticleWorkflow(library);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Queues the articles for the target in one transaction; the gate's refusals are kept as `blocked`. */
  queue(
    targetName: string,
    ids: readonly string[],
    actor: string,
    action: OutboxAction = 'publish',
    /** Republish with this correction note: it is kept with the article and shown at its end. */
    correction?: string,
  ): QueueResult {
    const target = this.targets.get(targetName);
    if (!target)
      throw new PublishTargetError('no_such_target', `there is no target named "${targetName}"`);
    const result: QueueResult = { queued: [], blocked: [], missing: [] };
    this.library.db.transaction(() => {
      const items = [];
      const order: Array<{ id: string; blocked: boolean }> = [];
      const relatedOf = (id: string) => this.library.articles.relatedIds(id);
      for (const id of action === 'publish' ? orderRelatedFirst(ids, relatedOf) : ids) {
        const article = this.library.articles.get(id);
        if (!article) {
          result.missing.push(id);
          continue;
        }
        // Taken down from this target since: the same version is published anew.
        const republish = action === 'publish' && this.outbox.remoteOf(target.name, id)?.url === '';
        const already =
          correction || republish
            ? undefined
            : this.outbox.existing(target.name, id, article.version, action);
        if (already !== undefined) {
          // This version is queued or delivered already (a re-run after a kill): not twice.
          result.queued.push({ id, outboxId: already });
          continue;
        }
        const refusal = action === 'publish' ? this.workflow.publishGate(article) : null;
        if (refusal) result.blocked.push({ id, reason: refusal.message, rule: refusal });
        const note =
          correction && !refusal
            ? this.library.corrections.add(id, correction, actor, this.now())
            : undefined;
        items.push({
          target: target.name,
          articleId: id,
          articleVersion: article.version,
          action,
          state: refusal ? ('blocked' as const) : ('pending' as const),
          lastError: refusal?.message ?? '',
          correction: note,
          republish,
        });
        order.push({ id, blocked: Boolean(refusal) });
      }
      const outboxIds = this.outbox.queue(items, actor, this.now());
      order.forEach(({ id, blocked }, index) => {
        const outboxId = outboxIds[index];
        if (!blocked && outboxId !== undefined) result.queued.push({ id, outboxId });
      });
      // In the order asked for, whichever were queued before.
      result.queued.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    })();
    return result;
  }

  /** Delivers what is due now, one item at a time; returns how many items it tried. */
  async deliverDue(actor: string, limit = 8): Promise<number> {
    // Each item is claimed for as long as its attempt may take: nobody else takes it meanwhile.
    const lease = (this.options.attemptTimeoutMs ?? attemptTimeoutMs) + 5_000;
    let tried = 0;
    for (; tried < limit; tried += 1) {
      const [item] = this.outbox.claimDue(this.now(), 1, lease);
      if (!item) break;
      await this.attempt(item, actor);
    }
    return tried;
  }

  /** Checks a target's address and credentials without publishing anything. */
  async test(targetName: string): Promise<{ ok: true } | { ok: false; reason: string }> {
    const target = this.targets.get(targetName);
    if (!target)
      throw new PublishTargetError('no_such_target', `there is no target named "${targetName}"`);
    return this.deliveryFor(target).test(
      AbortSignal.timeout(this.options.attemptTimeoutMs ?? attemptTimeoutMs),
    );
  }

  /** When the next item is due, or null when nothing waits. */
  nextDueAt(): number | null {
    return this.outbox.nextDueAt();
  }

  /** One delivery per target and settings, kept: WordPress's term ids are looked up once. */
  private deliveryFor(target: PublishTarget): TargetDelivery {
    const secret = this.targets.secretOf(target.name);
    const key = JSON.stringify([target, secret]);
    const known = this.deliveries.get(target.name);
    if (known?.key === key) return known.delivery;
    const delivery = this.options.deliveryFor
      ? this.options.deliveryFor(target, secret)
      : createDelivery(this.library, target, secret);
    this.deliveries.set(target.name, { key, delivery });
    return delivery;
  }

  private async attempt(item: OutboxItem, actor: string): Promise<void> {
    const at = this.now();
    const target = this.targets.get(item.target);
    const article = this.library.articles.get(item.articleId);
    if (!target || !article) {
      this.outbox.failed(item, !target ? 'the target was removed' : 'the article was deleted', at);
      return;
    }
    if (item.action === 'publish') {
      // The gate is asked again at delivery: the article may have changed since it was queued.
      const refusal = this.workflow.publishGate(article);
      if (refusal) {
        this.outbox.failed(item, refusal.message, at);
        return;
      }
    }
    let delivery: TargetDelivery;
    try {
      delivery = this.deliveryFor(target);
    } catch (error) {
      this.outbox.failed(item, describe(error), at);
      return;
    }
    const siteUrl =
      target.siteUrl ?? readLibrarySetting(this.library.db, 'export.baseUrl') ?? target.url;
    const relatedRemote = new Map<string, RemoteArticle>();
    for (const related of article.related) {
      const remote = related.relatedId
        ? this.outbox.remoteOf(target.name, related.relatedId)
        : undefined;
      if (related.relatedId && remote) relatedRemote.set(related.relatedId, remote);
    }
    let outcome;
    try {
      const deliveryItem = buildDeliveryItem(this.library, article, {
        siteUrl,
        publishAt: at,
        remote: this.outbox.remoteOf(target.name, article.id),
        relatedRemote,
        correction: item.correction ?? undefined,
        idempotencyKey: item.idempotencyKey,
      });
      const signal = AbortSignal.timeout(this.options.attemptTimeoutMs ?? attemptTimeoutMs);
      outcome =
        item.action === 'takedown'
          ? await delivery.takedown(deliveryItem, signal)
          : await delivery.deliver(deliveryItem, signal);
    } catch (error) {
      outcome = { kind: 'refused' as const, reason: describe(error) };
    }
    const done = this.now();
    if (outcome.kind === 'delivered') {
      this.outbox.delivered(item, outcome.remote, done);
      if (item.action === 'publish') this.library.articles.markPublished([article.id], done, actor);
      else if (!this.outbox.isLiveAnywhere(article.id))
        this.library.articles.markUnpublished(article.id, done, actor);
    } else if (outcome.kind === 'refused') this.outbox.failed(item, outcome.reason, done);
    else {
      const backoff = Math.min(maxBackoffMs, firstBackoffMs * 2 ** item.attempts);
      const jitter = 0.5 + (this.options.random ?? Math.random)();
      const wait = Math.max(outcome.retryAfterMs ?? 0, backoff * jitter);
      this.outbox.retryLater(item, Math.round(done + wait), outcome.reason, done);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
