import { describe, expect, it } from 'vitest';
import type { ManifestArticle } from './exportManifest';
import { serializeExportManifest, serializeManifestEntry } from './exportManifest';
import { findManifestEntry } from './findManifestEntry';

function entry(id: string, headline: string): ManifestArticle {
  const path = `news/${id.toLowerCase()}/`;
  return {
    id,
    slug: id.toLowerCase(),
    rubricSlug: 'news',
    headline,
    rubric: 'Новости',
    language: 'ru',
    datePublished: '2024-01-01T00:00:00.000Z',
    url: `https://news.example/${path}`,
    path,
    html: `${path}index.html`,
    json: `${path}index.json`,
    files: [{ path: `${path}index.html`, sha256: '0'.repeat(64), size: 10 }],
    contentHash: 'a'.repeat(64),
  };
}

describe('findManifestEntry', () => {
  // Headlines that look like the manifest's own layout must not confuse the search.
  const articles = Array.from({ length: 300 }, (_, index) =>
    entry(`A${String(index * 7).padStart(5, '0')}`, `«Заголовок» ${index}\n    {\n      "id": "Z"`),
  );
  const manifest = Buffer.from(
    serializeExportManifest({ format: 'galley-site-export', version: 1, baseUrl: 'x', articles }),
    'utf8',
  );

  it('finds every entry, exactly as it is serialised', () => {
    for (const article of articles) {
      const range = findManifestEntry(manifest, article.id);
      expect(range, article.id).toBeDefined();
      expect(manifest.toString('utf8', range!.start, range!.end)).toBe(
        serializeManifestEntry(article),
      );
    }
  });

  it('finds nothing for an id the manifest does not hold', () => {
    for (const id of ['A00001', '0', 'A99999', 'B', 'A00007x']) {
      expect(findManifestEntry(manifest, id), id).toBeUndefined();
    }
  });
});
