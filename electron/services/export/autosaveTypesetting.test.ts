import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { doc, paragraph, text } from '../../../test/support/tiptapNodes';
import { ArticleAutosave } from '../library/articleAutosave';
import { openLibrary, type Library } from '../library/openLibrary';
import { galleyTypographerKey } from './keepArticleTypesetting';
import { runLibraryExport } from './runLibraryExport';
import { typesetEntryKey } from './typesetMemo';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';

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
  const library = openLibrary(path.join(root, 'autosave.sqlite'));
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
  const after = kept(library, created.id);
  expect(after?.get(typesetEntryKey(first, 'ru'))).toBe('KEPT');
  expect(after?.get(typesetEntryKey(changed, 'ru'))).toBe(applyTypography(changed, 'ru'));
  expect(after?.has(typesetEntryKey(second, 'ru'))).toBe(false);
  library.close();
});

it('leaves the export nothing to typeset after an autosave', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const library = openLibrary(path.join(root, 'export.sqlite'));
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
