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
const body = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'А' }] }],
};

describe('editJournal', () => {
  let items: Map<string, string>;
  beforeEach(() => {
    items = installStorage();
  });

  it('merges fields and a body given as its JSON text over the entry, keeping the first version', () => {
    editJournal.write(id, 3, { headline: 'Первый' }, JSON.stringify(body));
    editJournal.write(id, 4, { lede: 'Лид' });
    expect(editJournal.read(id)).toMatchObject({
      articleId: id,
      baseVersion: 3,
      patch: { headline: 'Первый', lede: 'Лид', body },
    });
    editJournal.write(id, 4, {}, JSON.stringify({ type: 'doc', content: [] }));
    expect(editJournal.read(id)?.patch).toEqual({
      headline: 'Первый',
      lede: 'Лид',
      body: { type: 'doc', content: [] },
    });
  });

  it('merges over an entry another page wrote, and starts afresh once cleared', () => {
    editJournal.write(id, 3, {}, JSON.stringify(body));
    items.set(
      `galley:journal:${id}`,
      JSON.stringify({ articleId: id, baseVersion: 2, patch: { rubric: 'Экономика' }, at: 1 }),
    );
    editJournal.write(id, 3, { headline: 'Заголовок' });
    expect(editJournal.read(id)).toMatchObject({
      baseVersion: 2,
      patch: { rubric: 'Экономика', headline: 'Заголовок' },
    });
    expect(editJournal.read(id)?.patch.body).toBeUndefined();
    editJournal.clear(id);
    expect(editJournal.read(id)).toBeNull();
    editJournal.write(id, 5, {});
    expect(editJournal.read(id)).toMatchObject({ baseVersion: 5, patch: {} });
  });
});
