import { sanitizeUrl } from './sanitizeUrl';

/**
 * A link to a web page for the site's own lists (related headlines): an absolute http(s)
 * URL, or a site-relative path (`/obshchestvo/slug/`) made absolute on `baseUrl`.
 * Undefined for anything else, mailto included.
 */
export function publicLinkUrl(url: string, baseUrl: string): string | undefined {
  const trimmed = url.trim();
  const isSitePath = trimmed.startsWith('/') && !trimmed.startsWith('//');
  const safe = sanitizeUrl(isSitePath ? `${baseUrl}${trimmed}` : trimmed);
  return safe && /^https?:/i.test(safe) ? safe : undefined;
}
