import type { SiteConfig } from '../../../shared/export/exportTypes';

/**
 * The site settings with `baseUrl` in canonical ASCII form (an IDN host becomes punycode,
 * which ninjs `uri` fields require), no trailing slash. Throws on anything but a plain
 * http(s) URL: no credentials, query or fragment.
 */
export function normalizeSiteConfig(site: SiteConfig): SiteConfig {
  let url: URL;
  try {
    url = new URL(site.baseUrl);
  } catch {
    throw new Error(`the site base URL "${site.baseUrl}" is not a URL`);
  }
  const isPlainWebUrl =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    !url.username &&
    !url.password &&
    !url.search &&
    !url.hash;
  if (!isPlainWebUrl) {
    throw new Error(
      `the site base URL "${site.baseUrl}" must be http(s) without credentials, query or fragment`,
    );
  }
  const normalized: SiteConfig = { baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
  if (site.siteName !== undefined) normalized.siteName = site.siteName;
  if (site.language !== undefined) normalized.language = site.language;
  return normalized;
}
