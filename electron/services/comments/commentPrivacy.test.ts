import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, paragraph, text } from '../../../test/support/tiptapNodes';
import { makeTempDir } from '../../../test/support/galleyServer';
import { startPushReceiver } from '../../../test/support/startPushReceiver';
import { runLibraryExport } from '../export/runLibraryExport';
import { openLibrary } from '../library/openLibrary';
import { buildDeliveryItem } from '../publish/buildDeliveryItem';
import { createFolderDelivery } from '../publish/folderDelivery';
import { createHttpPushDelivery } from '../publish/httpPushDelivery';
import { CommentService } from './commentService';

const dir = makeTempDir('galley-comment-privacy-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const threadId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';
const markers = {
  comment: 'COMMENT-MARKER-5b1e',
  reply: 'REPLY-MARKER-9c0d',
  mention: 'MentionMarker7a2f',
};

function readAll(root: string): string {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(root, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => fs.readFileSync(file, 'latin1') + fs.readFileSync(file, 'utf8'))
    .join('\n');
}

describe('comments are private to the desk', () => {
  it('appear in no exported file and no published byte', async () => {
    const library = openLibrary(path.join(dir, 'library.galley'), { actor: 'Анна' });
    const article = library.articles.create(
      {
        headline: 'Комментарии не публикуются',
        lede: 'Только текст статьи',
        body: doc(
          paragraph(
            text('Мост откроют '),
            text('в мае', { type: 'commentAnchor', attrs: { id: threadId } }),
            text(' — так сказано в графике работ.'),
          ),
        ),
      },
      'Анна',
    );
    const comments = new CommentService(library, 'Анна');
    comments.open({
      articleId: article.id,
      id: threadId,
      body: `${markers.comment} @${markers.mention}`,
      quotedText: 'в мае',
      quoteId: null,
    });
    comments.reply(threadId, markers.reply);
    expect(library.articles.comments.threads(article.id)[0]?.orphaned).toBe(false);

    // The folder export (the site: pages, ninjs, JSON-LD inside the pages, the index).
    const outDir = path.join(dir, 'site');
    const summary = await runLibraryExport(library, {
      outDir,
      baseUrl: 'https://news.example',
      selection: { all: true },
      actor: 'desk',
      allowUnverified: true,
    });
    expect(summary.failed).toEqual([]);
    const exported = readAll(outDir);
    expect(exported).toContain('графике работ');

    // What publish targets get: the rendered delivery item (a WordPress post is built from its
    // body HTML, title and excerpt), everything an HTTP push receiver takes, and the folder
    // target's site. (The item's `article` and `exportArticle` are the library's own input to
    // the renderer, never sent: the folder target renders `exportArticle` into its files.)
    const current = library.articles.get(article.id)!;
    const item = buildDeliveryItem(library, current, {
      siteUrl: 'https://news.example',
      publishAt: Date.now(),
      remote: undefined,
      relatedRemote: new Map(),
      idempotencyKey: `${current.id}:${current.version}`,
    });
    const receiver = await startPushReceiver('secret');
    try {
      const outcome = await createHttpPushDelivery({ url: receiver.url, secret: 'secret' }).deliver(
        item,
        new AbortController().signal,
      );
      expect(outcome.kind).toBe('delivered');
      const folder = path.join(dir, 'folder-target');
      const folderOutcome = await createFolderDelivery({ folder, library }).deliver(
        item,
        new AbortController().signal,
      );
      expect(folderOutcome.kind).toBe('delivered');
      const { files } = item;
      const rendered = { ...item, article: undefined, exportArticle: undefined };
      const published = [
        JSON.stringify(rendered),
        ...files.map((file) => Buffer.from(file.data).toString('utf8')),
        JSON.stringify([...receiver.items.values()]),
        ...[...receiver.assets.values()].map((asset) => asset.toString('latin1')),
        readAll(folder),
      ].join('\n');
      expect(published).toContain('графике работ');
      for (const output of [exported, published]) {
        for (const marker of Object.values(markers)) expect(output, marker).not.toContain(marker);
        expect(output).not.toContain(threadId);
        expect(output).not.toMatch(/commentAnchor|comment-anchor|data-comment-id/);
      }
    } finally {
      await receiver.close();
      library.close();
    }
  });
});
