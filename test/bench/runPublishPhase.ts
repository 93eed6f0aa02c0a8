import fs from 'node:fs';
import path from 'node:path';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import { PublishService } from '../../electron/services/publish/publishService';
import { ArticleWorkflow } from '../../electron/services/workflow/articleWorkflow';
import { startPushReceiver } from '../support/startPushReceiver';
import { startWordPress } from '../support/startWordPress';
import { benchLog } from './benchLog';
import type { Metric, PhaseRunner } from './benchTypes';

const secret = 'bench secret';

/** Delivers everything queued, as `galley publish` does; returns the seconds it took. */
async function deliverAll(service: PublishService, ids: readonly number[]): Promise<number> {
  const start = performance.now();
  while (service.outbox.unfinished(ids) > 0) {
    if ((await service.deliverDue('bench', 50)) === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (performance.now() - start) / 1000;
}

/**
 * Publishing throughput from the durable outbox, one item at a time as the worker delivers:
 * to an HTTP push receiver on loopback (signed ninjs + HTML + images), and to a real
 * WordPress (Debian's, PHP's built-in server with four workers, MariaDB) with categories,
 * tags and posts created over its REST API. Articles come from the benchmark's library, let
 * through the quote gate with a logged override.
 */
export const runPublishPhase: PhaseRunner = async (config, paths) => {
  const dir = path.join(config.workDir, 'publish');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const count = Math.max(20, Math.min(200, Math.round(config.size / 10)));
  const source = openLibrary(paths.library);
  const library = openLibrary(path.join(dir, 'library.sqlite'));
  const workflow = new ArticleWorkflow(library);
  const ids: string[] = [];
  for (const summary of source.articles.list(0, count)) {
    const article = source.articles.get(summary.id);
    if (!article) continue;
    const created = library.articles.create(
      {
        headline: article.headline,
        lede: article.lede,
        rubric: article.rubric,
        tags: article.tags,
        bylines: article.bylines,
        language: article.language,
        // The benchmark library's images stay there: the text is what is published.
        body: {
          ...article.body,
          content: (article.body.content ?? []).filter((node) => node.type !== 'figure'),
        },
      },
      'bench',
    );
    for (const status of ['editing', 'fact-check', 'ready'] as const) {
      const moved = workflow.moveStatus(
        { id: created.id, status, override: { reason: 'benchmark: quotes not checked' } },
        'bench',
      );
      if (!moved.ok) throw new Error(moved.failure.message);
    }
    ids.push(created.id);
  }
  source.close();
  benchLog('publish', `${ids.length} articles ready`);

  const metrics: Metric[] = [];
  const notes: string[] = [];
  const run = async (
    library: Library,
    target: string,
    label: string,
    key: string,
  ): Promise<void> => {
    const service = new PublishService(library);
    const queued = service.queue(target, ids, 'bench');
    const seconds = await deliverAll(
      service,
      queued.queued.map((item) => item.outboxId),
    );
    const failed = service.outbox
      .list(ids.length * 2)
      .filter((item) => item.target === target && item.state !== 'delivered');
    if (failed.length > 0)
      throw new Error(`${failed.length} not delivered: ${failed[0]?.lastError}`);
    const perMinute = (ids.length / seconds) * 60;
    benchLog('publish', `${label}: ${ids.length} in ${seconds.toFixed(1)} s`);
    metrics.push({
      key,
      label,
      value: Math.round(perMinute),
      unit: 'articles/min',
      note: `${ids.length} articles, ${seconds.toFixed(1)} s, one request chain at a time`,
    });
  };

  const receiver = await startPushReceiver(secret);
  try {
    new PublishService(library).targets.add(
      { name: 'push', kind: 'http', url: receiver.url, siteUrl: 'https://news.example' },
      secret,
      Date.now(),
    );
    await run(library, 'push', 'publish to an HTTP push receiver (loopback)', 'publish.http.rate');
  } finally {
    await receiver.close();
  }

  const wp = await startWordPress();
  try {
    new PublishService(library).targets.add(
      { name: 'wp', kind: 'wordpress', url: wp.url, user: wp.user, takedown: 'draft' },
      wp.applicationPassword,
      Date.now(),
    );
    await run(
      library,
      'wp',
      'publish to WordPress 6.1 (loopback, PHP built-in server)',
      'publish.wordpress.rate',
    );
    notes.push(
      'WordPress runs on PHP’s built-in server with 4 workers and MariaDB on this machine; a site behind php-fpm and a web server answers at its own pace',
    );
  } finally {
    await wp.stop();
    library.close();
  }
  return { metrics, comparisons: [], notes };
};
