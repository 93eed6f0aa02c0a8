import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exportWithRenderPool } from '../../../test/support/exportWithRenderPool';
import { openLibrary } from '../library/openLibrary';
import type { RenderPoolSettings } from './exportSite';

// A pool whose threads never say they listen, and that records when it was started (by the
// number of articles rendered before) and which articles it was handed.
const pool = vi.hoisted(() => ({
  ready: false,
  started: [] as number[],
  handed: [] as string[],
}));
vi.mock('./exportRenderPool', () => ({
  startExportRenderPool: () => {
    pool.started.push(pool.handed.length);
    return {
      render: (request: { article: { id: string } }) => {
        pool.handed.push(request.article.id);
        return Promise.reject(new Error('an export render thread stopped (1)'));
      },
      ready: () => pool.ready,
      close: () => Promise.resolve(),
    };
  },
}));

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-pool-start-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('render threads that are still starting', () => {
  it('are started at once by a first export and handed nothing until they listen', async () => {
    const library = openLibrary(path.join(root, 'library.sqlite'));
    for (let index = 0; index < 5; index += 1) {
      library.articles.create(
        {
          headline: `Мост номер ${index} "открыт"`,
          rubric: index % 2 ? 'Город' : 'Общество',
          body: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `Мост ${index}` }] }],
          },
        },
        'anna',
      );
    }
    const run = (renderPool: RenderPoolSettings, name: string) =>
      exportWithRenderPool(library, root, renderPool, name);
    const single = await run({ threads: 0, after: 0, from: 0 }, 'single');
    library.db.prepare('DELETE FROM article_typeset').run();
    const starting = await run(
      { threads: 1, after: 1, from: 0, renderWhileStarting: true },
      'starting',
    );
    expect(pool.started).toEqual([0]);
    expect(pool.handed).toEqual([]);
    expect(starting).toEqual(single);

    // Once a thread listens, every article after the first `after` goes to it (a new library
    // holds a sample article besides these five).
    pool.ready = true;
    pool.started.length = 0;
    await run({ threads: 1, after: 1, from: 0, renderWhileStarting: true }, 'listening');
    expect(pool.started).toEqual([0]);
    const { count } = library.db
      .prepare<[], { count: number }>('SELECT count(*) AS count FROM articles')
      .get()!;
    expect(pool.handed).toHaveLength(count - 1);
    library.close();
  });
});
