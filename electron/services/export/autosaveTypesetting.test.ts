import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { doc, paragraph, text } from '../../../test/support/tiptapNodes';
import { ArticleAutosave } from '../library/articleAutosave';
import { openLibrary, type Library } from '../library/openLibrary';
import { startTypesettingThread } from './autosaveTypesettingThread';
import { galleyTypographerKey, writeKeptTypesetting } from './keepArticleTypesetting';
import { runLibraryExport } from './runLibraryExport';
import { typesetEntryKey } from './typesetMemo';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';

// The thread runs at the lowest CPU priority by design, so its 0.5-0.6 s of CPU (loading its
// modules through tsx here, then one article) waits for whatever else the session runs: 1.3-7 s
// at load 8, and these tests took 5-11 s each at load 19 against the 30 s they were given; `npm
// test` puts the desk's servers and the other Vitest workers in the thread's scheduling group.
vi.setConfig({ testTimeout: 120_000 });

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-autosave-typeset-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

const block = (words: string): TiptapNode => paragraph(text(words));

function kept(library: Library, id: string): Map<string, string> | undefined {
  const row = library.db
    .prepare<[string, string], { entries: string }>(
      'SELECT entries FROM article_typeset WHERE article_id = ? AND typographer = ?',
    )
    .get(id, galleyTypographerKey());
  return row ? new Map(JSON.parse(row.entries) as Array<[string, string]>) : undefined;
}

function plant(library: Library, id: string, entries: Map<string, string>): void {
  library.db
    .prepare('UPDATE article_typeset SET entries = ? WHERE article_id = ?')
    .run(JSON.stringify([...entries]), id);
}

it('typesets saved text once saves pause, reusing what was kept for the unchanged text', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const library = openLibrary(path.join(root, 'autosave.sqlite'), { typesettingThread: true });
  const autosave = new ArticleAutosave(library.db, library.articles);
  const first = 'Мост открыли "утром" - без речей.';
  const second = 'Второй абзац - "черновик".';
  const created = library.articles.create(
    { headline: 'Мост открыт', rubric: 'Город', language: 'ru', body: doc(block('Начало.')) },
    'anna',
  );
  expect(kept(library, created.id)).toBeUndefined();
  const saved = autosave.save(
    created.id,
    { patch: { body: doc(block(first), block(second)) }, baseVersion: created.version },
    'anna',
  );
  if (!saved.ok) throw new Error('not saved');
  // Nothing while the saves may go on.
  expect(kept(library, created.id)).toBeUndefined();
  await vi.advanceTimersByTimeAsync(2_000);
  await library.typesetting.idle();
  const entries = kept(library, created.id);
  expect(entries?.get(typesetEntryKey(first, 'ru'))).toBe(applyTypography(first, 'ru'));

  // The first paragraph's kept result stays as kept (not typeset again); the changed one is
  // typeset, and the text it replaced leaves the entries.
  entries?.set(typesetEntryKey(first, 'ru'), 'KEPT');
  plant(library, created.id, entries!);
  const changed = 'Второй абзац - "готов".';
  autosave.save(
    created.id,
    { patch: { body: doc(block(first), block(changed)) }, baseVersion: saved.value.version },
    'anna',
  );
  await vi.advanceTimersByTimeAsync(2_000);
  await library.typesetting.idle();
  const after = kept(library, created.id);
  expect(after?.get(typesetEntryKey(first, 'ru'))).toBe('KEPT');
  expect(after?.get(typesetEntryKey(changed, 'ru'))).toBe(applyTypography(changed, 'ru'));
  expect(after?.has(typesetEntryKey(second, 'ru'))).toBe(false);
  library.close();
});

it('leaves the export nothing to typeset after an autosave', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const library = openLibrary(path.join(root, 'export.sqlite'), { typesettingThread: true });
  const created = library.articles.create(
    { headline: 'Школа "готова"', rubric: 'Общество', language: 'ru', body: doc(block('Х.')) },
    'anna',
  );
  library.articles.update(
    created.id,
    { lede: 'Откроют "1 сентября" - как обещали.', body: doc(block('Классы - "новые".')) },
    'anna',
  );
  await vi.advanceTimersByTimeAsync(2_000);
  await library.typesetting.idle();
  const before = kept(library, created.id);
  expect(before).toBeDefined();
  vi.useRealTimers();
  await runLibraryExport(
    library,
    fixedClockExportOptions(path.join(root, 'site'), { selection: { ids: [created.id] } }),
  );
  // The export found every text it typesets kept, and nothing else: it wrote no entries.
  expect(kept(library, created.id)).toEqual(before);
  library.close();
});

it('keeps, after a save that came while the thread typeset, only the newest body', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const library = openLibrary(path.join(root, 'overtaken.sqlite'), { typesettingThread: true });
  const autosave = new ArticleAutosave(library.db, library.articles);
  const created = library.articles.create(
    { headline: 'Мост', rubric: 'Город', language: 'ru', body: doc(block('Начало.')) },
    'anna',
  );
  // The thread started and warm, so the next run is on it while the save below comes.
  const warm = library.articles.update(created.id, { lede: 'Лид - "первый".' }, 'anna')!;
  await vi.advanceTimersByTimeAsync(2_000);
  await library.typesetting.idle();
  const older = 'Старый абзац - "черновик".';
  const newer = 'Новый абзац - "готов".';
  const first = autosave.save(
    created.id,
    { patch: { body: doc(block(older)) }, baseVersion: warm.version },
    'anna',
  );
  if (!first.ok) throw new Error('not saved');
  await vi.advanceTimersByTimeAsync(2_000);
  // The run for `older` is under way: this save lands before or after its read, either way
  // before its answer is written.
  const second = autosave.save(
    created.id,
    { patch: { body: doc(block(newer)) }, baseVersion: first.value.version },
    'anna',
  );
  if (!second.ok) throw new Error('not saved');
  await library.typesetting.idle();
  const between = kept(library, created.id);
  expect(between?.has(typesetEntryKey(older, 'ru')) ?? false).toBe(false);
  // Once saves pause again, the newest body is typeset.
  await vi.advanceTimersByTimeAsync(2_000);
  await library.typesetting.idle();
  const entries = kept(library, created.id);
  expect(entries?.get(typesetEntryKey(newer, 'ru'))).toBe(applyTypography(newer, 'ru'));
  expect(entries?.has(typesetEntryKey(older, 'ru'))).toBe(false);
  library.close();
});

it("does not write a thread's typesetting over a version saved after it", async () => {
  const file = path.join(root, 'stale.sqlite');
  const library = openLibrary(file);
  const created = library.articles.create(
    {
      headline: 'Школа',
      rubric: 'Общество',
      language: 'ru',
      body: doc(block('Первый - "вариант".')),
    },
    'anna',
  );
  const answers: Array<{ version: number; entries: string }> = [];
  const thread = startTypesettingThread(file, undefined, (_id, version, entries) =>
    answers.push({ version, entries }),
  );
  if (!thread) throw new Error('no thread');
  expect(await thread.typeset([created.id])).toBe(true);
  expect(answers.map((answer) => answer.version)).toEqual([created.version]);
  // A save lands between the thread's read and the write of its answer.
  library.articles.update(created.id, { body: doc(block('Второй - "вариант".')) }, 'anna');
  expect(writeKeptTypesetting(library.db, created.id, created.version, answers[0]!.entries)).toBe(
    false,
  );
  expect(kept(library, created.id)).toBeUndefined();
  // The stored version takes it.
  const stored = library.articles.versionOf(created.id)!;
  expect(writeKeptTypesetting(library.db, created.id, stored, answers[0]!.entries)).toBe(true);
  thread.close();
  library.close();
});

it('typesets on the main thread when no thread is asked for', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const library = openLibrary(path.join(root, 'main-thread.sqlite'));
  const created = library.articles.create(
    { headline: 'Мост', rubric: 'Город', language: 'ru', body: doc(block('Начало.')) },
    'anna',
  );
  const text = 'Абзац - "готов".';
  library.articles.update(created.id, { body: doc(block(text)) }, 'anna');
  await vi.advanceTimersByTimeAsync(2_000);
  await library.typesetting.idle();
  expect(kept(library, created.id)?.get(typesetEntryKey(text, 'ru'))).toBe(
    applyTypography(text, 'ru'),
  );
  library.close();
});

it.runIf(process.platform === 'linux')(
  'loads the thread at the lowest CPU priority, not only typesets at it',
  async () => {
    // Loading the thread's modules and typesetting its first article is 0.6-0.9 s of CPU. Run at
    // the priority the thread was started with, it took that from the page and the saves in the
    // same scheduling group: at load 20+ a new article's editor was not shown within 5 s.
    const file = path.join(root, 'thread-priority.sqlite');
    const library = openLibrary(file);
    const created = library.articles.create(
      { headline: 'Мост', rubric: 'Город', language: 'ru', body: doc(block('Начало.')) },
      'anna',
    );
    let loadedAt: number | null | undefined;
    const thread = startTypesettingThread(
      file,
      undefined,
      () => undefined,
      (priority) => (loadedAt = priority),
    );
    if (!thread) throw new Error('no thread');
    expect(await thread.typeset([created.id])).toBe(true);
    expect(loadedAt).toBe(19);
    thread.close();
    library.close();
  },
);

it.runIf(process.platform === 'linux')(
  'holds no connection between batches, so closing the library does not wait for the thread',
  async () => {
    // Closing waited (up to 3 s, blocking the thread that answers the API) for the thread to
    // close a connection it held from its start; at the lowest priority under load it took the
    // thread that long to get the CPU to do so.
    const file = path.join(root, 'thread-idle.sqlite');
    const library = openLibrary(file);
    const created = library.articles.create(
      { headline: 'Мост', rubric: 'Город', language: 'ru', body: doc(block('Начало.')) },
      'anna',
    );
    const answers: number[] = [];
    const thread = startTypesettingThread(file, undefined, (_id, version) => answers.push(version));
    if (!thread) throw new Error('no thread');
    expect(await thread.typeset([created.id])).toBe(true);
    expect(answers).toEqual([created.version]);
    // Leaving the write-ahead log needs the file to itself: no other connection open.
    expect(library.db.pragma('journal_mode = DELETE', { simple: true })).toBe('delete');
    thread.close();
    library.close();
  },
);
