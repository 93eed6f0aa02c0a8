import type { Article } from '../../../shared/article/articleSchema';
import { collectFigureImageIds } from '../../../shared/export/collectFigureImageIds';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import type { ImageStore } from '../library/imageStore';
import type { CorrectionStore } from '../publish/correctionStore';

/** Where an article's images and corrections are read from: a library's stores. */
export interface ExportArticleStores {
  images: Pick<ImageStore, 'get'>;
  corrections: Pick<CorrectionStore, 'listFor'>;
}

/**
 * An article as the exporters see it: its public fields, its figures' images, its speakers
 * and its corrections.
 */
export function toExportArticle(
  library: ExportArticleStores,
  article: Article,
  speakers: string[],
): ExportArticle {
  return {
    id: article.id,
    headline: article.headline,
    lede: article.lede,
    rubric: article.rubric,
    tags: article.tags,
    bylines: article.bylines,
    slug: article.slug,
    language: article.language,
    body: article.body,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    publishedAt: article.publishedAt,
    version: article.version,
    related: article.related.map((item) => ({ headline: item.headline })),
    images: collectFigureImageIds(article.body).flatMap((imageId) => {
      const image = library.images.get(imageId);
      return image ? [{ imageId, fileName: image.fileName, mimeType: image.mimeType }] : [];
    }),
    speakers,
    corrections: library.corrections.listFor(article.id),
  };
}
