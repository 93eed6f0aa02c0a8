import type { SiteConfig } from './exportTypes';
import { sanitizeUrl } from './sanitizeUrl';

/** The site root without a trailing slash, and its host for telling links apart. */
export interface SiteBase {
  baseUrl: string;
  host: string;
}

/**
 * Checks and normalises `site.baseUrl`: it must be an absolute http(s) URL with no query
 * or fragment. Throws otherwise: every canonical URL and ninjs `uri` is built on it.
 */
export function siteBaseUrl(site: SiteConfig): SiteBase {
  // Asked for by every page, ninjs document and body of an export, of the same site.
  if (last?.input === site.baseUrl) return { ...last.base };
  const base = checkedSiteBase(site);
  last = { input: site.baseUrl, base };
  return { ...base };
}

// The last base worked out, with the address it was worked out from.
let last: { input: string; base: SiteBase } | undefined;

function checkedSiteBase(site: SiteConfig): SiteBase {
  const url = sanitizeUrl(site.baseUrl);
  const match = url ? /^https?:\/\/([^/?#]+)(\/[^?#]*)?$/i.exec(url) : null;
  if (!url || !match?.[1]) {
    throw new Error(`site base URL "${site.baseUrl}" is not an absolute http(s) URL without query`);
  }
  const authority = match[1].toLowerCase();
  const host = authority.startsWith('[') ? authority : (authority.split(':')[0] ?? authority);
  return { baseUrl: url.replace(/\/+$/, ''), host };
}
