import path from 'node:path';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { createRandom } from '../support/createRandom';
import { makeSolidPng } from '../support/makePng';
import { startWordPress } from '../support/startWordPress';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { runGalley } from './support/runGalley';

/**
 * `galley publish` to a real WordPress, SIGKILLed at random moments, then run to the end.
 * WordPress has no idempotency keys: a kill after WordPress created a post but before the
 * library noted its id must not lead to a second post. Every article must end as exactly one
 * post, every image as exactly one media item.
 */
export const killDuringWordPressPublish: FaultScenario = {
  name: 'kill-publish-wordpress',
  title: 'SIGKILL during a publish to WordPress',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed + 505);
    const articleCount = options.size === 'large' ? 120 : 30;
    const kills = options.size === 'large' ? options.kills : Math.min(options.kills, 6);
    const failures: string[] = [];
    const file = path.join(options.workDir, 'library.sqlite');
    const library = openLibrary(file);
    let figures = 0;
    library.db.transaction(() => {
      for (let index = 0; index < articleCount; index += 1) {
        const withFigure = index % 5 === 0;
        if (withFigure) figures += 1;
        const article = library.articles.create(
          {
            headline: `Новость для сайта номер ${index}`,
            lede: `Лид ${index}.`,
            rubric: index % 2 ? 'Общество' : 'Город',
            tags: [`тег ${index % 4}`],
            body: {
              type: 'doc',
              content: [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: `Текст новости ${index} без цитат.` }],
                },
                ...(withFigure
                  ? [
                      {
                        type: 'figure',
                        attrs: {
                          imageId: library.images.put(
                            makeSolidPng([index % 255, 40, 200], 4),
                            `f${index}.png`,
                            Date.now(),
                          ).id,
                          alt: 'Фото',
                          caption: `Снимок ${index}`,
                          credit: 'Редакция',
                        },
                      },
                    ]
                  : []),
              ],
            },
          },
          'faults',
        );
        for (const status of ['editing', 'fact-check', 'ready'] as const)
          library.articles.setStatus(article.id, status, 'faults');
      }
    })();
    library.close();

    const wp = await startWordPress();
    try {
      const added = await runGalley([
        'target',
        'add',
        'wp',
        '--kind',
        'wordpress',
        '--url',
        wp.url,
        '--user',
        wp.user,
        '--secret',
        wp.applicationPassword,
        '--library',
        file,
      ]);
      if (added.code !== 0) throw new Error(`target add failed: ${added.stderr}`);
      const publish = (timeoutMs: number) =>
        runGalley(
          [
            'publish',
            '--target',
            'wp',
            '--status',
            'ready',
            '--library',
            file,
            '--json',
            '--timeout',
            '2',
          ],
          { timeoutMs, cwd: options.workDir },
        );
      const startupMs = (await runGalley(['--help'])).ms;
      let killed = 0;
      for (let kill = 0; kill < kills; kill += 1) {
        const run = await publish(startupMs + 150 + random.next() * 1_200);
        if (run.timedOut) killed += 1;
      }
      const last = await publish(600_000);
      if (last.code !== 0)
        failures.push(`the last publish exited ${last.code}: ${last.stderr.slice(-300)}`);
      const posts = await wp.rest<Array<{ id: number; title: { raw: string } }>>(
        'posts?context=edit&per_page=100&status=publish,draft,future,pending,private',
      );
      const more =
        articleCount > 100
          ? await wp.rest<Array<{ id: number; title: { raw: string } }>>(
              'posts?context=edit&per_page=100&page=2&status=publish,draft,future,pending,private',
            )
          : [];
      const all = [...posts, ...more];
      const titles = new Set(all.map((post) => post.title.raw));
      const duplicates = all.length - titles.size;
      const lost = articleCount - titles.size;
      const media = await wp.rest<unknown[]>('media?per_page=100&context=edit');
      if (duplicates > 0) failures.push(`${duplicates} article(s) became more than one post`);
      if (lost > 0) failures.push(`${lost} article(s) never became a post`);
      if (media.length !== figures)
        failures.push(`${media.length} media items for ${figures} images`);
      return {
        tried: kills + 1,
        passed: failures.length === 0 ? kills + 1 : 0,
        figures: {
          articles: articleCount,
          kills: killed,
          posts: all.length,
          duplicates,
          lost,
          images: figures,
          'media items': media.length,
        },
        failures,
        notes: [],
      };
    } finally {
      await wp.stop();
    }
  },
};
