import { beforeEach, describe, expect, it } from 'vitest';
import { editJournal } from './editJournal';

/** localStorage as the browser keeps it: strings by key. */
function installStorage(): Map<string, string> {
  const items = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
      removeItem: (key: string) => items.delete(key),
    },
  });
  return items;
}

const id = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'А' }] };
const splice = {
  kind: 'splice',
  baseVersion: 3,
  change: { baseCount: 2, baseDigest: 'abc', start: 1, deleteCount: 1, blocks: [paragraph] },
} as const;

describe('editJournal', () => {
  let items: Map<string, string>;
  beforeEach(() => {
    items = installStorage();
  });

  it('merges fields and a body given as its JSON text over the entry, keeping the first version', () => {
    editJournal.write(id, 3, { headline: 'Первый' }, JSON.stringify(splice));
    editJournal.write(id, 4, { lede: 'Лид' });
    expect(editJournal.read(id)).toMatchObject({
      articleId: id,
      baseVersion: 3,
      fields: { headline: 'Первый', lede: 'Лид' },
      body: splice,
    });
    const whole = { kind: 'whole', doc: { type: 'doc', content: [] } };
    editJournal.write(id, 4, {}, JSON.stringify(whole));
    expect(editJournal.read(id)).toMatchObject({
      fields: { headline: 'Первый', lede: 'Лид' },
      body: whole,
    });
  });

  it('holds the changed blocks, not the body: an entry stays about a paragraph long', () => {
    editJournal.write(id, 3, {}, JSON.stringify(splice));
    expect(items.get(`galley:journal:${id}`)?.length).toBeLessThan(300);
  });

  it('merges over an entry another page wrote, and starts afresh once cleared', () => {
    editJournal.write(id, 3, {}, JSON.stringify(splice));
    items.set(
      `galley:journal:${id}`,
      JSON.stringify({ articleId: id, baseVersion: 2, fields: { rubric: 'Экономика' }, at: 1 }),
    );
    editJournal.write(id, 3, { headline: 'Заголовок' });
    expect(editJournal.read(id)).toMatchObject({
      baseVersion: 2,
      fields: { rubric: 'Экономика', headline: 'Заголовок' },
    });
    expect(editJournal.read(id)?.body).toBeUndefined();
    editJournal.clear(id);
    expect(editJournal.read(id)).toBeNull();
    editJournal.write(id, 5, {});
    expect(editJournal.read(id)).toMatchObject({ baseVersion: 5, fields: {} });
  });

  it('reads an entry an earlier version wrote, its body whole', () => {
    const body = { type: 'doc', content: [paragraph] };
    items.set(
      `galley:journal:${id}`,
      JSON.stringify({ articleId: id, baseVersion: 2, patch: { lede: 'Лид', body }, at: 1 }),
    );
    expect(editJournal.read(id)).toEqual({
      articleId: id,
      baseVersion: 2,
      fields: { lede: 'Лид' },
      body: { kind: 'whole', doc: body },
      at: 1,
    });
  });
});
