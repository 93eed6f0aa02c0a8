import { articleStylesheet } from './articleStylesheet';
import { escapeHtml } from './escapeHtml';
import { exportLabels } from './exportLabels';
import type { SiteConfig, SiteIndexEntry } from './exportTypes';
import { formatExportDate } from './formatExportDate';
import { siteBaseUrl } from './siteBaseUrl';

const entryPathPattern = /^[a-z0-9-]+\/[a-z0-9-]+\/$/;

function newestFirst(a: SiteIndexEntry, b: SiteIndexEntry): number {
  const byDate = Date.parse(b.datePublished) - Date.parse(a.datePublished);
  if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** One article's item in the site's index, as {@link renderSiteIndex} writes it. */
export function renderSiteIndexEntry(entry: SiteIndexEntry, site: SiteConfig): string {
  return renderEntry(entry, site.language === 'en' ? 'en' : 'ru');
}

function renderEntry(entry: SiteIndexEntry, siteLanguage: 'ru' | 'en'): string {
  const language = entry.language === 'en' ? 'en' : 'ru';
  const published = Date.parse(entry.datePublished);
  const langAttribute = language === siteLanguage ? '' : ` lang="${language}"`;
  const rubric = entry.rubric.trim() ? `${escapeHtml(entry.rubric.trim())} · ` : '';
  const time = Number.isNaN(published)
    ? ''
    : `<time datetime="${escapeHtml(entry.datePublished)}">${escapeHtml(formatExportDate(published, language))}</time>`;
  return (
    `<li${langAttribute}><article>\n` +
    `<h2><a href="${entry.path}">${escapeHtml(entry.headline)}</a></h2>\n` +
    `<p class="index-meta">${rubric}${time}</p>\n` +
    '</article></li>\n'
  );
}

/**
 * The site's front page: every exported article, newest first, linking to its folder.
 * Entries whose path is not a plain `<rubric>/<slug>/` are left out, so a tampered
 * manifest cannot put a foreign link on the page.
 */
export function renderSiteIndex(entries: readonly SiteIndexEntry[], site: SiteConfig): string {
  const language = site.language === 'en' ? 'en' : 'ru';
  const { baseUrl } = siteBaseUrl(site);
  const title = site.siteName?.trim() || exportLabels[language].latest;
  const items = entries
    .filter((entry) => entryPathPattern.test(entry.path))
    .sort(newestFirst)
    .map((entry) => renderEntry(entry, language))
    .join('');
  const list = items ? `<ul class="index">\n${items}</ul>\n` : '';
  return (
    `<!doctype html>\n<html lang="${language}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<link rel="canonical" href="${escapeHtml(baseUrl)}/">\n` +
    `<style>\n${articleStylesheet}</style>\n</head>\n<body>\n<main>\n` +
    `<h1>${escapeHtml(title)}</h1>\n${list}</main>\n</body>\n</html>\n`
  );
}
