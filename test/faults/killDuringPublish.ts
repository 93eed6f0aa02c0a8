import { openLibrary } from '../../electron/services/library/openLibrary';
import { createRandom } from '../support/createRandom';
import { makeSolidPng } from '../support/makePng';
import { startPushReceiver } from '../support/startPushReceiver';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { runGalley } from './support/runGalley';
import path from 'node:path';

const secret = 'fault-suite secret';

/**
 * `galley publish` of a few hundred articles to an HTTP receiver, SIGKILLed at random moments
 * again and again, then run to the end: every article must reach the receiver exactly once by
 * idempotency key (a repeat of a request cut off by a kill is answered and dropped), none lost.
 * Then a receiver that fails: 500s, a 429 with Retry-After, a hang, all delivered in the end.
 */
export const killDuringPublish: FaultScenario = {
  name: 'kill-publish',
  title: 'SIGKILL during a publish to an HTTP receiver',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed + 303);
    const articleCount = options.size === 'large' ? 600 : 300;
    const failures: string[] = [];
    const notes: string[] = [];
    const file = path.join(options.workDir, 'library.sqlite');
    const library = openLibrary(file);
    const ids: string[] = [];
    library.db.transaction(() => {
      for (let index = 0; index < articleCount; index += 1) {
        const figure =
          index % 50 === 0
            ? [
                {
                  type: 'figure',
                  attrs: {
                    imageId: library.images.put(
                      makeSolidPng([index % 255, 90, 160], 3),
                      `f${index}.png`,
                      Date.now(),
                    ).id,
                    alt: 'Фото',
                    caption: `Снимок ${index}`,
                    credit: 'Редакция',
                  },
                },
              ]
            : [];
        const article = library.articles.create(
          {
            headline: `Новость номер ${index}`,
            lede: `Короткий лид ${index}.`,
            body: {
              type: 'doc',
              content: [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: `Текст новости ${index} без цитат.` }],
                },
                ...figure,
              ],
            },
          },
          'faults',
        );
        library.articles.setStatus(article.id, 'editing', 'faults');
        library.articles.setStatus(article.id, 'fact-check', 'faults');
        library.articles.setStatus(article.id, 'ready', 'faults');
        ids.push(article.id);
      }
    })();
    library.close();

    // 40 ms an item, like a busy site: a batch lasts long enough for every kill to land in it.
    const receiver = await startPushReceiver(secret, 0, 40);
    try {
      const added = await runGalley([
        'target',
        'add',
        'site',
        '--kind',
        'http',
        '--url',
        receiver.url,
        '--secret',
        secret,
        '--base-url',
        'https://news.example',
        '--library',
        file,
      ]);
      if (added.code !== 0) throw new Error(`target add failed: ${added.stderr}`);
      const publish = (timeoutMs: number) =>
        runGalley(
          // A killed run's claims lapse after its --timeout and 5 s: the next run takes them again.
          [
            'publish',
            '--target',
            'site',
            '--status',
            'ready',
            '--library',
            file,
            '--json',
            '--timeout',
            '2',
          ],
          {
            timeoutMs,
            cwd: options.workDir,
          },
        );
      const startupMs = (await runGalley(['--help'])).ms;
      let killed = 0;
      let finishedFirst = 0;
      for (let kill = 0; kill < options.kills; kill += 1) {
        // Past start-up, into queuing and delivering.
        const run = await publish(startupMs + 100 + random.next() * 900);
        if (run.timedOut) killed += 1;
        else finishedFirst += 1;
      }
      const last = await publish(300_000);
      if (last.code !== 0)
        failures.push(`the last publish exited ${last.code}: ${last.stderr.slice(-300)}`);
      const keys = new Set([...receiver.items.keys()].map((key) => key.split(':')[0]));
      const lost = ids.filter((id) => !keys.has(id));
      const extra = receiver.items.size - keys.size;
      if (lost.length > 0)
        failures.push(`${lost.length} article(s) never reached the receiver, e.g. ${lost[0]}`);
      if (extra > 0) failures.push(`${extra} article(s) were delivered under more than one key`);
      const outbox = await runGalley(['outbox', '--library', file, '--json']);
      const items =
        (JSON.parse(outbox.stdout || '{}') as { items?: Array<{ state: string }> }).items ?? [];
      const notDelivered = items.filter((item) => item.state !== 'delivered').length;
      if (items.length !== articleCount || notDelivered > 0)
        failures.push(
          `the outbox holds ${items.length} items, ${notDelivered} not delivered (expected ${articleCount}, all delivered)`,
        );
      const deliveredCount = keys.size;

      // A failing receiver: 500, 500, a 429 with Retry-After: 1, a hang; delivered in the end.
      const reopened = openLibrary(file);
      const edited = ids.slice(0, 3);
      for (const id of edited)
        reopened.articles.update(id, { lede: 'Исправлено после публикации.' }, 'faults');
      reopened.close();
      receiver.script.push(
        { status: 500 },
        { status: 500 },
        { status: 429, headers: { 'Retry-After': '1' } },
        'hang',
      );
      const before = receiver.items.size;
      const failing = await runGalley(
        [
          'publish',
          '--target',
          'site',
          '--ids',
          edited.join(','),
          '--library',
          file,
          '--json',
          '--timeout',
          '2',
        ],
        {
          timeoutMs: 180_000,
          cwd: options.workDir,
        },
      );
      const afterFailures = JSON.parse(failing.stdout || '{}') as { delivered?: unknown[] };
      if ((afterFailures.delivered?.length ?? 0) !== edited.length)
        failures.push(
          `after 500, 500, 429 and a hang, ${afterFailures.delivered?.length ?? 0} of ${edited.length} were delivered: ${failing.stderr.slice(-300)}`,
        );
      if (receiver.items.size - before !== edited.length)
        failures.push(
          `the corrected versions arrived ${receiver.items.size - before} times, not ${edited.length}`,
        );
      notes.push(
        `a failing receiver: ${edited.length} corrected articles delivered in ${Math.round(failing.ms)} ms`,
      );
      return {
        tried: options.kills + 1,
        passed: failures.length === 0 ? options.kills + 1 : 0,
        figures: {
          articles: articleCount,
          kills: killed,
          'finished before the kill': finishedFirst,
          delivered: deliveredCount,
          lost: lost.length,
          'repeated requests dropped by key': receiver.duplicates,
        },
        failures,
        notes,
      };
    } finally {
      await receiver.close();
    }
  },
};
