import type { Article } from '../../../shared/article/articleSchema';
import type { ArticleCorrection } from '../../../shared/export/exportTypes';
import { renderArticleBody } from '../../../shared/export/renderArticleBody';
import { siteBaseUrl } from '../../../shared/export/siteBaseUrl';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { normalizeSiteConfig } from '../export/normalizeSiteConfig';
import { prepareArticleFiles } from '../export/prepareArticleFiles';
import { toExportArticle } from '../export/toExportArticle';
import type { Library } from '../library/openLibrary';
import { FactCheckService } from '../quotes/factCheckService';
import type { DeliveryItem, RemoteArticle } from './targetDelivery';

export interface DeliveryContext {
  /** The site's public address: canonical URLs and ninjs `uri` are built on it. */
  siteUrl: string;
  /** When the article is first published, if it has not been yet. */
  publishAt: number;
  remote: RemoteArticle | undefined;
  relatedRemote: ReadonlyMap<string, RemoteArticle>;
  correction?: ArticleCorrection | undefined;
  /** The outbox item's key: the article version, and what makes a repeat of it new. */
  idempotencyKey: string;
}

/**
 * An article rendered for a target by the export's own renderer, so the site gets what the
 * folder export writes: the page, its ninjs 2.2 document and its images, and the body alone
 * for a CMS post.
 */
export function buildDeliveryItem(
  library: Library,
  article: Article,
  context: DeliveryContext,
): DeliveryItem {
  const site = normalizeSiteConfig({ baseUrl: context.siteUrl });
  const speakers = new FactCheckService(library).speakersOf(article.id);
  const exportArticle = {
    ...toExportArticle(library, article, speakers),
    publishedAt: article.publishedAt ?? context.publishAt,
  };
  const siteHost = siteBaseUrl(site).host;
  const { files } = prepareArticleFiles(exportArticle, {
    site,
    siteHost,
    readImage: (imageId) => library.images.get(imageId),
  });
  const ninjsFile = files.find((file) => file.path.endsWith('index.json'));
  const ninjs = ninjsFile
    ? (JSON.parse(Buffer.from(ninjsFile.data).toString('utf8')) as Record<string, unknown>)
    : {};
  const body = renderArticleBody(exportArticle, siteHost, applyTypography);
  return {
    article,
    files,
    ninjs,
    bodyHtml: body.html,
    title: applyTypography(article.headline, article.language),
    summary: applyTypography(article.lede, article.language),
    figures: body.figures,
    exportArticle,
    siteUrl: context.siteUrl,
    idempotencyKey: context.idempotencyKey,
    correction: context.correction,
    remote: context.remote,
    relatedRemote: context.relatedRemote,
  };
}
