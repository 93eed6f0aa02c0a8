import { articleLocation } from '../../../shared/export/articleLocation';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import type { ManifestArticle } from './exportManifest';

// Typography turns quotes, dashes and spaces into other characters, so headlines are
// matched on their letters and digits only.
function headlineKey(headline: string): string {
  return headline
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function asciiWebUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : url;
  } catch {
    return url; // site-relative, or not a URL: the renderers decide
  }
}

/**
 * Gives related headlines without a URL the page of the exported article with that
 * headline (this export's articles first, then ones exported before), and writes given
 * URLs in ASCII form. Changes `articles` in place; they are the engine's own copies.
 */
export function linkRelatedHeadlines(
  articles: ExportArticle[],
  previous: readonly ManifestArticle[],
  baseUrl: string,
): void {
  const urlByHeadline = new Map<string, string>();
  for (const entry of previous) urlByHeadline.set(headlineKey(entry.headline), entry.url);
  for (const article of articles) {
    urlByHeadline.set(headlineKey(article.headline), `${baseUrl}/${articleLocation(article).path}`);
  }
  for (const article of articles) {
    article.related = article.related.map((related) => {
      if (related.url !== undefined)
        return { headline: related.headline, url: asciiWebUrl(related.url) };
      const url = urlByHeadline.get(headlineKey(related.headline));
      return url ? { headline: related.headline, url } : related;
    });
  }
}
