import { sanitizeUrl } from './sanitizeUrl';

/**
 * A link to a web page for the site's own lists (related headlines): an absolute http(s)
 * URL, or a site-relative path (`/obshchestvo/slug/`) made absolute on `baseUrl`.
 * Undefined for anything else, mailto included.
 */
export function publicLinkUrl(url: string, baseUrl: string): string | undefined {
  // The page and the ninjs document of an article each link its related headlines: the
  // second asks for the same links, and checking a URL is a dozen expressions.
  if (baseUrl !== recentBase) {
    recent.clear();
    recentBase = baseUrl;
  }
  let link = recent.get(url);
  if (link === undefined && !recent.has(url)) {
    if (recent.size >= recentLimit) recent.clear();
    link = checkedLink(url, baseUrl);
    recent.set(url, link);
  }
  return link;
}

// Links made lately (for `recentBase`), by the URL asked for; emptied when full.
const recent = new Map<string, string | undefined>();
const recentLimit = 256;
let recentBase = '';

function checkedLink(url: string, baseUrl: string): string | undefined {
  const trimmed = url.trim();
  const isSitePath = trimmed.startsWith('/') && !trimmed.startsWith('//');
  const safe = sanitizeUrl(isSitePath ? `${baseUrl}${trimmed}` : trimmed);
  return safe && /^https?:/i.test(safe) ? safe : undefined;
}
