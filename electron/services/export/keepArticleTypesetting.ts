import type { Article } from '../../../shared/article/articleSchema';
import { pickPublicArticle } from '../../../shared/export/pickPublicArticle';
import { siteBaseUrl } from '../../../shared/export/siteBaseUrl';
import { applyTypography } from '../../../shared/typography/applyTypography';
import type { Library } from '../library/openLibrary';
import { FactCheckService } from '../quotes/factCheckService';
import { articleTypesetStore } from './articleTypesetStore';
import type { TypesetRecord } from './exportSite';
import { normalizeSiteConfig } from './normalizeSiteConfig';
import { prepareArticleFiles } from './prepareArticleFiles';
import { toExportArticle } from './toExportArticle';
import { typesetMemo, typographerKey } from './typesetMemo';

// Typography depends on no site setting, so any site renders the same typeset text.
const site = normalizeSiteConfig({ baseUrl: 'https://galley.invalid/' });
const siteHost = siteBaseUrl(site).host;

// The typographer cannot change while the process runs; its key costs two typesettings.
let typographer: string | undefined;

/**
 * Typesets articles, as just stored, as their next export will, and keeps the result in
 * `article_typeset`, so that export reads it back instead of typesetting (the dearest step
 * of rendering). Run as an import stores its article: the export's own render is what the
 * text goes through, so every key it will ask for is there. Only a cache: an article that cannot be rendered
 * (a figure without its image) is left for the export to report.
 */
export function keepArticleTypesetting(library: Library, articles: readonly Article[]): void {
  typographer ??= typographerKey(applyTypography);
  const store = articleTypesetStore(library.db);
  const factCheck = new FactCheckService(library);
  const records: TypesetRecord[] = [];
  for (const article of articles) {
    const { id } = article;
    const picked = pickPublicArticle(toExportArticle(library, article, factCheck.speakersOf(id)));
    const memo = typesetMemo(applyTypography, store.read(id, typographer));
    try {
      prepareArticleFiles(
        { ...picked, publishedAt: picked.publishedAt ?? picked.createdAt },
        {
          site,
          siteHost,
          typography: memo.typography,
          readImage: (imageId) => library.images.get(imageId),
        },
      );
    } catch {
      continue;
    }
    if (memo.changed()) records.push({ id, typographer, entries: memo.used });
  }
  store.remember(records);
}
