import type { Article } from '../../../shared/article/articleSchema';
import type { ImportedArticle } from '../../../shared/import/importedArticle';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import type { Library } from '../library/openLibrary';
import { keepArticleTypesetting } from '../export/keepArticleTypesetting';
import { toExportArticle } from '../export/toExportArticle';

/**
 * Stores an imported article with its images in one transaction: a failure leaves the
 * library as it was. Related headlines are linked to library articles of the same headline.
 * Its text is typeset as the export will want it, so a first export right after an import
 * does not typeset it (the dearest part of an export).
 */
export function saveImportedArticle(
  library: Library,
  imported: ImportedArticle,
  actor: string,
): Article {
  return library.db.transaction(() => {
    const at = Date.now();
    const renamed = new Map<string, string>();
    for (const image of imported.images) {
      const { id } = library.images.put(image.bytes, '', at);
      if (id !== image.imageId) renamed.set(image.imageId, id);
    }
    const article = library.articles.create(
      {
        headline: imported.headline,
        lede: imported.lede,
        rubric: imported.rubric,
        language: imported.language,
        tags: imported.tags,
        bylines: imported.bylines,
        body: renamed.size ? renameImages(imported.body, renamed) : imported.body,
        related: imported.relatedHeadlines.map((headline) => ({
          relatedId: library.articles.findIdByHeadline(headline) ?? null,
          headline,
        })),
        reason: 'import',
      },
      actor,
    );
    keepArticleTypesetting(library.db, toExportArticle(library, article, []));
    return article;
  })();
}

function renameImages(node: TiptapNode, renamed: ReadonlyMap<string, string>): TiptapNode {
  const imageId = node.attrs?.['imageId'];
  const attrs =
    node.type === 'figure' && typeof imageId === 'string' && renamed.has(imageId)
      ? { ...node.attrs, imageId: renamed.get(imageId) }
      : node.attrs;
  return { ...node, attrs, content: node.content?.map((child) => renameImages(child, renamed)) };
}
