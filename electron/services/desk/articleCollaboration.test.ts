import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/galleyServer';
import { doc, paragraph, text } from '../../../test/support/tiptapNodes';
import { openLibrary, type Library } from '../library/openLibrary';
import { ArticleCollaboration } from './articleCollaboration';

let library: Library | undefined;

afterEach(() => {
  if (library?.db.open) library.close();
  library = undefined;
});

it('answers a pull still waiting when its library closes with no change, not an error', async () => {
  const opened = openLibrary(path.join(makeTempDir('galley-collab-'), 'library.galley'), {
    actor: 'Анна',
  });
  library = opened;
  const created = opened.articles.create(
    { headline: 'Бюджет', language: 'ru', body: doc(paragraph(text('Один.'))) },
    'Анна',
  );
  const collaboration = new ArticleCollaboration(opened, 'Анна');
  expect(collaboration.open(created.id)).toBeDefined();
  const first = await collaboration.pull(created.id, new Uint8Array([0]), 0, 0);
  expect(first.seq).toBeGreaterThan(0);
  const waiting = collaboration.pull(created.id, new Uint8Array([0]), first.seq, 50);
  opened.close();
  await expect(waiting).resolves.toEqual({ update: null, seq: first.seq });
});

it('keeps nothing alive with a pull waiting: a stopping server exits without waiting it out', async () => {
  const opened = openLibrary(path.join(makeTempDir('galley-collab-'), 'library.galley'), {
    actor: 'Анна',
  });
  library = opened;
  const created = opened.articles.create(
    { headline: 'Бюджет', language: 'ru', body: doc(paragraph(text('Один.'))) },
    'Анна',
  );
  const collaboration = new ArticleCollaboration(opened, 'Анна');
  collaboration.open(created.id);
  const { seq } = await collaboration.pull(created.id, new Uint8Array([0]), 0, 0);
  const timers = (): number =>
    process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
  const before = timers();
  const waiting = collaboration.pull(created.id, new Uint8Array([0]), seq, 20_000);
  // Referenced, the wait kept `galley serve` running up to 20 s after SIGTERM.
  expect(timers()).toBe(before);
  opened.articles.update(created.id, { lede: 'Два.' }, 'Анна');
  expect((await waiting).seq).toBeGreaterThan(seq);
});
