import { describe, expect, it } from 'vitest';
import type { SiteIndexEntry } from '../../../shared/export/exportTypes';
import { renderSiteIndex, renderSiteIndexEntry } from '../../../shared/export/renderSiteIndex';
import { findIndexItem, type IndexKey } from './findIndexItem';

const site = { baseUrl: 'https://news.example' };

// Few distinct times, so most of the order is decided by id, as on a site exported at once.
const entries: SiteIndexEntry[] = Array.from({ length: 400 }, (_, index) => ({
  id: `A${String((index * 37) % 1000).padStart(4, '0')}`,
  headline: `<h2><a href="x/y/"> «Заголовок» ${index}`,
  rubric: index % 3 === 0 ? 'Новости' : '',
  language: index % 5 === 0 ? 'en' : 'ru',
  path: `news/a-${index}/`,
  datePublished: new Date(Date.UTC(2024, 0, 1 + (index % 4))).toISOString(),
}));
const keys = new Map<string, IndexKey>(
  entries.map((entry) => [
    entry.path,
    { published: Date.parse(entry.datePublished), id: entry.id },
  ]),
);
const index = Buffer.from(renderSiteIndex(entries, site), 'utf8');
const listEnd = index.lastIndexOf('</ul>\n');

describe('findIndexItem', () => {
  it('finds every item where the index lists it', () => {
    for (const entry of entries) {
      const found = findIndexItem(index, keys.get(entry.path)!, (path) => keys.get(path), listEnd);
      expect(found?.path).toBe(entry.path);
      expect(found?.start).toBe(index.indexOf(renderSiteIndexEntry(entry, site)));
    }
  });

  it('finds the item a new key goes before, or none past the oldest', () => {
    const order = [...keys.entries()].sort(([, a], [, b]) =>
      a.published !== b.published ? b.published - a.published : a.id < b.id ? 1 : -1,
    );
    for (const [position, [, key]] of order.entries()) {
      const between = { published: key.published, id: `${key.id}~` };
      expect(findIndexItem(index, between, (path) => keys.get(path), listEnd)?.path).toBe(
        order[position]![0],
      );
    }
    const oldest = { published: 0, id: '' };
    expect(findIndexItem(index, oldest, (path) => keys.get(path), listEnd)).toBeUndefined();
  });

  it('refuses an index that links a folder the entries do not know', () => {
    expect(() =>
      findIndexItem(index, { published: 0, id: '' }, () => undefined, listEnd),
    ).toThrow();
  });
});
