import { articleDates } from './articleDates';
import { articleLocation } from './articleLocation';
import { articleStylesheet } from './articleStylesheet';
import { escapeHtml } from './escapeHtml';
import { exportLabels } from './exportLabels';
import type { ArticleRenderOptions, ExportArticle, SiteConfig } from './exportTypes';
import { formatExportDate, toIsoDateTime } from './formatExportDate';
import { publicLinkUrl } from './publicLinkUrl';
import { renderArticleBody } from './renderArticleBody';
import { renderCorrectionsHtml, typesetCorrections } from './renderCorrections';
import { serializeJsonForScript } from './serializeJsonForScript';
import { siteBaseUrl } from './siteBaseUrl';
import { applyTypography } from '../typography/applyTypography';

function meta(kind: 'name' | 'property', key: string, content: string): string {
  return content ? `<meta ${kind}="${key}" content="${escapeHtml(content)}">\n` : '';
}

function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/**
 * One standalone HTML5 page for an article: `lang`, canonical URL, Open Graph, schema.org
 * `NewsArticle` JSON-LD, the inline stylesheet, and a semantic body (`article`, `h1`, the
 * lede, figures, quotes, the corrections, the related headlines). Reads only the public fields of
 * `article`; the same input always gives the same string.
 */
export function renderArticleHtml(
  article: ExportArticle,
  site: SiteConfig,
  options: ArticleRenderOptions = {},
): string {
  const typography = options.typography ?? applyTypography;
  // Checked again here because it lands in an attribute: only the two known languages.
  const language = article.language === 'en' ? 'en' : 'ru';
  const labels = exportLabels[language];
  const typeset = (text: string): string => {
    const trimmed = text.trim();
    return trimmed ? typography(trimmed, language) : trimmed;
  };
  const { baseUrl, host } = siteBaseUrl(site);
  const canonical = `${baseUrl}/${articleLocation(article).path}`;
  const body = options.body ?? renderArticleBody(article, host, typography);
  const headline = typeset(article.headline);
  const lede = typeset(article.lede);
  const rubric = article.rubric.trim();
  const siteName = site.siteName?.trim() ?? '';
  const bylines = cleanList(article.bylines);
  const tags = cleanList(article.tags);
  const dates = articleDates(article);
  const published = toIsoDateTime(dates.published);
  const modified = toIsoDateTime(dates.modified);
  const imageUrls = body.figures.map((figure) => `${canonical}${figure.fileName}`);
  const corrections = typesetCorrections(article.corrections, language, typography);

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description: lede || undefined,
    url: canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    datePublished: published,
    dateModified: modified,
    inLanguage: language,
    articleSection: rubric || undefined,
    keywords: tags.length > 0 ? tags : undefined,
    author: bylines.length > 0 ? bylines.map((name) => ({ '@type': 'Person', name })) : undefined,
    image: imageUrls.length > 0 ? imageUrls : undefined,
    publisher: siteName
      ? { '@type': 'Organization', name: siteName, url: `${baseUrl}/` }
      : undefined,
    correction:
      corrections.length > 0
        ? corrections.map(({ at, text }) => ({
            '@type': 'CorrectionComment',
            text,
            datePublished: toIsoDateTime(at),
          }))
        : undefined,
  };

  const head =
    '<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(siteName ? `${headline} — ${siteName}` : headline)}</title>\n` +
    meta('name', 'description', lede) +
    `<link rel="canonical" href="${escapeHtml(canonical)}">\n` +
    meta('property', 'og:type', 'article') +
    meta('property', 'og:title', headline) +
    meta('property', 'og:description', lede) +
    meta('property', 'og:url', canonical) +
    meta('property', 'og:site_name', siteName) +
    meta('property', 'og:locale', labels.locale) +
    meta('property', 'og:image', imageUrls[0] ?? '') +
    meta('property', 'article:published_time', published) +
    meta('property', 'article:modified_time', modified) +
    meta('property', 'article:section', rubric) +
    tags.map((tag) => meta('property', 'article:tag', tag)).join('') +
    `<style>\n${articleStylesheet}</style>\n` +
    `<script type="application/ld+json">${serializeJsonForScript(jsonLd)}</script>\n`;

  const byline =
    bylines.length > 0 ? `<span class="byline">${escapeHtml(bylines.join(', '))}</span> · ` : '';
  const articleHeader =
    '<header>\n' +
    (rubric ? `<p class="rubric">${escapeHtml(rubric)}</p>\n` : '') +
    `<h1>${escapeHtml(headline)}</h1>\n` +
    (lede ? `<p class="lede">${escapeHtml(lede)}</p>\n` : '') +
    `<p class="meta">${byline}<time datetime="${published}">${escapeHtml(formatExportDate(dates.published, language))}</time></p>\n` +
    '</header>\n';

  const relatedItems = article.related
    .map(({ headline: text, url }) => {
      const title = typeset(text);
      if (!title) return '';
      const href = url === undefined ? undefined : publicLinkUrl(url, baseUrl);
      return href
        ? `<li><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></li>\n`
        : `<li>${escapeHtml(title)}</li>\n`;
    })
    .join('');
  const related = relatedItems
    ? '<aside class="related" aria-labelledby="related-heading">\n' +
      `<h2 id="related-heading">${labels.related}</h2>\n<ul>\n${relatedItems}</ul>\n</aside>\n`
    : '';

  return (
    `<!doctype html>\n<html lang="${language}">\n<head>\n${head}</head>\n<body>\n` +
    `<header class="site"><a href="../../">${escapeHtml(siteName || labels.latest)}</a></header>\n` +
    `<main>\n<article>\n${articleHeader}${body.html}` +
    `${renderCorrectionsHtml(article.corrections, language, typography)}</article>\n` +
    `${related}</main>\n</body>\n</html>\n`
  );
}
