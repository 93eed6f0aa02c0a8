import { articleLocation } from './articleLocation';
import type { ExportArticle, RenderedDocument, Typography } from './exportTypes';
import type { DocumentRenderContext, FigureImage } from './renderDocumentHtml';
import { renderDocumentHtml } from './renderDocumentHtml';
import { imageFileName } from './imageFileName';

/**
 * The body of an article as published: figures point at the article's images by their
 * file names beside the page (`<slug>-<n>.<ext>`, n counting `article.images` from 1), and
 * links to `siteHost` are not marked external.
 */
export function renderArticleBody(
  article: ExportArticle,
  siteHost: string,
  typography: Typography | undefined,
  count?: DocumentRenderContext['count'],
): RenderedDocument {
  const { slug } = articleLocation(article);
  const images = new Map<string, FigureImage>();
  article.images.forEach((image, index) => {
    const fileName = imageFileName(slug, index + 1, image.mimeType);
    if (fileName && !images.has(image.imageId)) {
      images.set(image.imageId, {
        fileName,
        mimeType: image.mimeType.toLowerCase(),
        width: image.width,
        height: image.height,
      });
    }
  });
  return renderDocumentHtml(article.body, {
    language: article.language,
    typography,
    siteHost,
    image: (imageId) => images.get(imageId),
    count,
  });
}
