import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import type { ArticleStatus } from '../../shared/article/articleSchema';
import { makePng } from '../support/makePng';
import { runCliCaptured } from '../support/runCliCaptured';
import { startWordPress, type WordPressSite } from '../support/startWordPress';
import { verifyEveryQuote } from '../support/verifyEveryQuote';

interface WpPost {
  id: number;
  link: string;
  slug: string;
  status: string;
  title: { raw: string; rendered: string };
  excerpt: { raw: string };
  content: { raw: string; rendered: string };
  categories: number[];
  tags: number[];
  featured_media: number;
}

const paragraph = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

/** Moves an article along the workflow to `ready`, as the desk does. */
function makeReady(library: Library, id: string): void {
  const steps: ArticleStatus[] = ['editing', 'fact-check', 'ready'];
  for (const status of steps) library.articles.setStatus(id, status, 'editor');
}

describe('publishing to a real WordPress (Debian wordpress 6.1, PHP, MariaDB)', () => {
  let wp: WordPressSite;
  let dir: string;
  let libraryPath: string;
  let seedId = '';
  const batchIds: string[] = [];
  const cli = (...args: string[]) => runCliCaptured([...args, '--library', libraryPath]);
  const posts = async (query = '') =>
    wp.rest<WpPost[]>(`posts?context=edit&per_page=100&status=publish,draft,trash${query}`);

  beforeAll(async () => {
    wp = await startWordPress();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-wp-library-'));
    libraryPath = path.join(dir, 'library.sqlite');
    const library = openLibrary(libraryPath);
    try {
      // The seed article every new library holds, dressed as the desk would publish it.
      const [seed] = library.articles.list(0, 1);
      seedId = seed!.id;
      const image = library.images.put(
        makePng(64, 48, (x, y) => [x * 4, y * 5, 120]),
        'bridge.png',
        Date.now(),
      );
      const article = library.articles.get(seedId)!;
      library.articles.update(
        seedId,
        {
          tags: ['Москва', 'инновации'],
          bylines: ['Анна Петрова'],
          body: {
            ...article.body,
            content: [
              {
                type: 'figure',
                attrs: {
                  imageId: image.id,
                  alt: 'Технопарк с высоты',
                  caption: 'Технопарк «Строгино»',
                  credit: 'Фото: Анна Петрова',
                },
              },
              ...(article.body.content ?? []),
            ],
          },
        },
        'editor',
      );
      expect(verifyEveryQuote(library, seedId)).toBeGreaterThan(0);
      // A generated batch: each links to the one before it («Другие новости»).
      for (let index = 0; index < 6; index += 1) {
        const previous = batchIds[index - 1];
        const created = library.articles.create(
          {
            headline: `Новость номер ${index + 1} о городе`,
            lede: `Подводка ${index + 1}`,
            rubric: index % 2 === 0 ? 'Общество' : 'Транспорт',
            tags: ['город', `тег ${index % 3}`],
            body: {
              type: 'doc',
              content: [paragraph(`Текст новости ${index + 1}. Ничего не цитируется.`)],
            },
            related: previous
              ? [{ relatedId: previous, headline: `Новость номер ${index} о городе` }]
              : [],
          },
          'editor',
        );
        batchIds.push(created.id);
      }
      library.articles.update(
        seedId,
        { related: [{ relatedId: batchIds[0]!, headline: 'Новость номер 1 о городе' }] },
        'editor',
      );
      for (const id of [seedId, ...batchIds]) makeReady(library, id);
    } finally {
      library.close();
    }
  }, 120_000);

  afterAll(async () => {
    await wp?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds the target, refuses a wrong password and a URL with credentials in it', async () => {
    const wrong = await cli(
      'target',
      'add',
      'wrong',
      '--kind',
      'wordpress',
      '--url',
      wp.url,
      '--user',
      wp.user,
      '--secret',
      'not the password',
    );
    expect(wrong.code).toBe(0);
    const tested = await cli('target', 'test', 'wrong', '--json');
    expect(tested.code).toBe(1);
    expect(JSON.parse(tested.stdout)).toMatchObject({ ok: false });
    expect(tested.stdout).toMatch(/401/);
    expect(tested.stdout).not.toContain('not the password');

    const withCredentials = await cli(
      'target',
      'add',
      'leaky',
      '--kind',
      'wordpress',
      '--url',
      wp.url.replace('http://', `http://${wp.user}:secret@`),
      '--user',
      wp.user,
      '--secret',
      wp.applicationPassword,
    );
    expect(withCredentials.code).toBe(1);
    expect(withCredentials.stderr).toMatch(/must not carry credentials/);

    const added = await cli(
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
    );
    expect(added.code).toBe(0);
    expect((await cli('target', 'test', 'wp')).code).toBe(0);
    const listed = await cli('target', 'list', '--json');
    expect(listed.stdout).not.toContain(wp.applicationPassword);
  });

  it('publishes every ready article with its category, tags, featured image and related links', async () => {
    const published = await cli('publish', '--target', 'wp', '--status', 'ready', '--json');
    expect(published.stderr).toMatch(/publishing to wp: 7\/7/);
    const result = JSON.parse(published.stdout) as {
      delivered: Array<{ id: string; url: string }>;
      failed: unknown[];
      blocked: unknown[];
    };
    expect(result.failed).toEqual([]);
    expect(result.blocked).toEqual([]);
    expect(result.delivered.map((item) => item.id).sort()).toEqual([seedId, ...batchIds].sort());
    expect(published.code).toBe(0);

    const all = await posts();
    expect(all).toHaveLength(7);
    const library = openLibrary(libraryPath);
    const seed = library.articles.get(seedId)!;
    library.close();
    const seedUrl = result.delivered.find((item) => item.id === seedId)!.url;
    const post = all.find((candidate) => candidate.link === seedUrl)!;
    expect(post.status).toBe('publish');
    expect(post.slug).toBe(seed.slug);
    // Typeset as the page is: no-break spaces after short words.
    expect(post.title.raw.replace(/\u00a0/g, ' ')).toBe(seed.headline);
    expect(post.excerpt.raw.replace(/\u00a0/g, ' ')).toBe(seed.lede);
    expect(post.content.raw).toContain('<q');
    expect(post.content.raw).toContain('Анна Петрова');

    const categories = await wp.rest<Array<{ name: string }>>(
      `categories?include=${post.categories.join(',')}`,
    );
    expect(categories.map((category) => category.name)).toEqual(['Общество']);
    const tags = await wp.rest<Array<{ name: string }>>(`tags?include=${post.tags.join(',')}`);
    expect(tags.map((tag) => tag.name).sort()).toEqual(['Москва', 'инновации'].sort());

    expect(post.featured_media).toBeGreaterThan(0);
    const media = await wp.rest<{
      source_url: string;
      alt_text: string;
      caption: { raw: string };
      mime_type: string;
    }>(`media/${post.featured_media}?context=edit`);
    expect(media.mime_type).toBe('image/png');
    expect(media.alt_text.replace(/\u00a0/g, ' ')).toBe('Технопарк с высоты');
    expect(media.caption.raw).toContain('Технопарк «Строгино»');
    expect(media.caption.raw).toContain('Фото: Анна Петрова');
    expect(post.content.raw).toContain(`src="${media.source_url}"`);
    const image = await fetch(media.source_url);
    expect(image.status).toBe(200);

    // «Другие новости» point at the related posts' WordPress addresses.
    const firstUrl = result.delivered.find((item) => item.id === batchIds[0])!.url;
    expect(post.content.raw).toContain(`<h2>Другие новости</h2>`);
    expect(post.content.raw).toContain(`href="${firstUrl}"`);
    for (let index = 1; index < batchIds.length; index += 1) {
      const url = result.delivered.find((item) => item.id === batchIds[index])!.url;
      const previousUrl = result.delivered.find((item) => item.id === batchIds[index - 1])!.url;
      const batchPost = all.find((candidate) => candidate.link === url)!;
      expect(batchPost.content.raw).toContain(`href="${previousUrl}"`);
    }

    // The live page shows the post.
    const page = await fetch(seedUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Технопарк');

    const outbox = await cli('outbox', '--json');
    const items = (
      JSON.parse(outbox.stdout) as { items: Array<{ state: string; remoteUrl: string }> }
    ).items;
    expect(items.filter((item) => item.state === 'delivered')).toHaveLength(7);
    expect(items.every((item) => item.remoteUrl.startsWith(wp.url))).toBe(true);
  });

  it('updates the same post on a re-publish, never a second one', async () => {
    const before = await posts();
    const library = openLibrary(libraryPath);
    library.articles.update(
      batchIds[2]!,
      {
        body: { type: 'doc', content: [paragraph('Текст новости 3, исправленный и дополненный.')] },
      },
      'editor',
    );
    library.close();
    const again = await cli('publish', '--target', 'wp', '--ids', batchIds[2]!, '--json');
    expect(again.code).toBe(0);
    const after = await posts();
    expect(after.map((post) => post.id).sort()).toEqual(before.map((post) => post.id).sort());
    const url = (JSON.parse(again.stdout) as { delivered: Array<{ url: string }> }).delivered[0]!
      .url;
    const updated = after.find((post) => post.link === url)!;
    expect(updated.content.raw.replace(/\u00a0/g, ' ')).toContain('исправленный и дополненный');
    // Nothing changed since: queuing it again sends nothing and adds nothing.
    const unchanged = await cli('publish', '--target', 'wp', '--ids', batchIds[2]!, '--json');
    expect(unchanged.code).toBe(0);
    expect(await posts()).toHaveLength(before.length);
  });

  it('takes a post down to draft and publishes it back as the same post', async () => {
    const library = openLibrary(libraryPath);
    const { PublishService } = await import('../../electron/services/publish/publishService');
    const service = new PublishService(library);
    const queued = service.queue('wp', [batchIds[1]!], 'editor', 'takedown');
    expect(queued.queued).toHaveLength(1);
    while ((await service.deliverDue('editor')) > 0);
    expect(service.outbox.get(queued.queued[0]!.outboxId)?.state).toBe('delivered');
    expect(library.articles.get(batchIds[1]!)?.status).toBe('ready');
    library.close();
    const drafts = await posts('&status=draft');
    expect(drafts.filter((post) => post.status === 'draft')).toHaveLength(1);
    const republished = await cli('publish', '--target', 'wp', '--ids', batchIds[1]!, '--json');
    expect(republished.code).toBe(0);
    const all = await posts();
    expect(all).toHaveLength(7);
    expect(all.map((post) => post.status)).toEqual(all.map(() => 'publish'));
  });

  it('republishes with a correction as an update of the same post', async () => {
    const before = await posts();
    const corrected = await cli(
      'publish',
      '--target',
      'wp',
      '--ids',
      batchIds[3]!,
      '--correction',
      'В первой версии была неверно указана дата открытия.',
      '--json',
    );
    expect(corrected.code).toBe(0);
    const url = (JSON.parse(corrected.stdout) as { delivered: Array<{ url: string }> })
      .delivered[0]!.url;
    const after = await posts();
    expect(after.map((post) => post.id).sort()).toEqual(before.map((post) => post.id).sort());
    const post = after.find((candidate) => candidate.link === url)!;
    expect(post.content.raw).toContain('<aside class="corrections"');
    expect(post.content.raw).toContain('Исправление');
    expect(post.content.raw.replace(/\u00a0/g, ' ')).toContain(
      'В первой версии была неверно указана дата открытия.',
    );
  });

  it('unpublishes from the command line: the post goes to draft', async () => {
    const run = await cli('unpublish', '--target', 'wp', '--ids', batchIds[4]!, '--json');
    expect(run.code).toBe(0);
    const drafts = (await posts()).filter((post) => post.status === 'draft');
    expect(drafts).toHaveLength(1);
    expect((await cli('publish', '--target', 'wp', '--ids', batchIds[4]!)).code).toBe(0);
  });

  it('holds back an article with an unverified quote', async () => {
    const library = openLibrary(libraryPath);
    const held = library.articles.create(
      {
        headline: 'Мэр ответил на вопросы',
        body: {
          type: 'doc',
          content: [
            paragraph('«Мы откроем мост к маю», — заявил мэр Иван Петров журналистам в пятницу.'),
          ],
        },
      },
      'editor',
    );
    library.close();
    const run = await cli('publish', '--target', 'wp', '--ids', held.id, '--json');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { blocked: Array<{ id: string }> };
    expect(result.blocked.map((item) => item.id)).toEqual([held.id]);
    expect(await posts()).toHaveLength(7);
  });

  it('sends headline, tags and body that carry markup as text, never as markup', async () => {
    const library = openLibrary(libraryPath);
    const hostile = library.articles.create(
      {
        headline: '<script>alert("headline")</script> Заголовок',
        lede: '<img src=x onerror=alert(1)>',
        tags: ['<b>жирный</b>', 'a & b'],
        body: { type: 'doc', content: [paragraph('<script>alert("body")</script> Текст.')] },
      },
      'editor',
    );
    makeReady(library, hostile.id);
    library.close();
    const run = await cli('publish', '--target', 'wp', '--ids', hostile.id, '--json');
    expect(run.code).toBe(0);
    const url = (JSON.parse(run.stdout) as { delivered: Array<{ url: string }> }).delivered[0]!.url;
    const post = (await posts()).find((candidate) => candidate.link === url)!;
    expect(post.title.rendered).not.toContain('<script');
    expect(post.title.rendered).toContain('&lt;script&gt;');
    expect(post.content.rendered).not.toMatch(/<script|<img src=x/);
    expect(post.content.rendered).toContain('&lt;script&gt;');
    expect(post.excerpt.raw).not.toContain('<img');
    const tags = await wp.rest<Array<{ name: string }>>(`tags?include=${post.tags.join(',')}`);
    const names = tags.map((tag) => tag.name);
    expect(names).toContain('&lt;b&gt;жирный&lt;/b&gt;');
    expect(names).toContain('a &amp; b');
    const page = await (await fetch(url)).text();
    expect(page).not.toMatch(/<script>alert/);
  });
});
