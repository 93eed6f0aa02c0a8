import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exportWithRenderPool } from '../../../test/support/exportWithRenderPool';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';
import { openLibrary } from '../library/openLibrary';
import type { RenderPoolSettings } from './exportSite';
import { runLibraryExport } from './runLibraryExport';

// Every render thread fails at once: the export renders each article on its own thread,
// from the body's stored JSON read again (the main thread keeps neither the parsed body nor its
// JSON for articles in flight). `beforeFailing` runs first, once per article.
const threads = vi.hoisted(() => ({
  beforeFailing: undefined as ((id: string) => void) | undefined,
}));
vi.mock('./exportRenderPool', () => ({
  startExportRenderPool: () => ({
    render: (request: { article: { id: string } }) => {
      threads.beforeFailing?.(request.article.id);
      return Promise.reject(new Error('an export render thread stopped (1)'));
    },
    close: () => Promise.resolve(),
  }),
}));

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-thread-failure-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function bodyOf(text: string) {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text },
          { type: 'text', text: '"утром"', marks: [{ type: 'bold' }] },
        ],
      },
    ],
  };
}

describe('an export whose render threads fail', () => {
  it('writes what rendering on one thread writes', async () => {
    const library = openLibrary(path.join(root, 'library.sqlite'));
    for (let index = 0; index < 6; index += 1) {
      library.articles.create(
        {
          headline: `Мост номер ${index} "открыт"`,
          rubric: index % 2 ? 'Город' : 'Общество',
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: `Мост ${index} открыли ` },
                  { type: 'text', text: '"утром"', marks: [{ type: 'bold' }] },
                ],
              },
            ],
          },
        },
        'anna',
      );
    }
    const run = (renderPool: RenderPoolSettings, name: string) =>
      exportWithRenderPool(library, root, renderPool, name);
    const single = await run({ threads: 0, after: 0, from: 0 }, 'single');
    library.db.prepare('DELETE FROM article_typeset').run();
    const failedThreads = await run({ threads: 1, after: 0, from: 0 }, 'failed-threads');
    expect(single.failed).toEqual([]);
    expect(single.files.size).toBeGreaterThan(12);
    expect(failedThreads).toEqual(single);
    library.close();
  });
});

describe('an export whose render thread fails after the article changed', () => {
  it('fails that article rather than render a body other than the one it read', async () => {
    const library = openLibrary(path.join(root, 'changed.sqlite'));
    const ids = ['Первый', 'Второй', 'Третий'].map(
      (word) =>
        library.articles.create(
          { headline: `${word} мост открыт`, rubric: 'Город', body: bodyOf(`${word} мост `) },
          'anna',
        ).id,
    );
    const changed = ids[1]!;
    threads.beforeFailing = (id) => {
      if (id === changed)
        library.articles.update(changed, { body: bodyOf('Другой мост ') }, 'boris');
    };
    try {
      const summary = await runLibraryExport(library, {
        ...fixedClockExportOptions(path.join(root, 'changed')),
        renderPool: { threads: 1, after: 0, from: 0 },
      });
      expect(summary.failed).toEqual([
        expect.objectContaining({
          id: changed,
          problem: 'article_not_prepared',
          message: 'the article changed while it was exported',
        }),
      ]);
      // The other two are exported; the changed one has no folder.
      expect(fs.readdirSync(path.join(root, 'changed', 'gorod')).sort()).toEqual([
        'pervyi-most-otkryt',
        'tretii-most-otkryt',
      ]);
    } finally {
      threads.beforeFailing = undefined;
      library.close();
    }
  });
});
