import { isAllowedLinkUrl } from '../editor/documentExtensions';

/** Longer hrefs are not links a reporter typed; they are payloads. */
const maxHrefLength = 2048;

/**
 * The href a link may keep, or null when the link must go (its text stays). Browsers
 * drop tabs and newlines anywhere in a URL and trim controls and spaces at its ends, so
 * `jav&#x09;ascript:` is `javascript:` to them: the href is cleaned the same way before
 * its scheme is checked, and only absolute http, https and mailto URLs pass. Relative
 * URLs cannot be resolved in an offline library, so they go too; protocol-relative ones
 * are read as https.
 */
export function safeLinkHref(raw: string): string | null {
  let href = raw
    // eslint-disable-next-line no-control-regex -- what browsers strip before parsing a URL
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '')
    .replace(/ /g, '%20');
  // eslint-disable-next-line no-control-regex -- any other control character is a trick
  if (/[\u0000-\u001f\u007f-\u009f]/.test(href)) return null;
  if (href.length === 0 || href.length > maxHrefLength) return null;
  if (href.startsWith('//')) href = `https:${href}`;
  if (!isAllowedLinkUrl(href)) return null;
  if (/^https?:/i.test(href) && !/^https?:\/\/[^/?#\\]/i.test(href)) return null;
  return href;
}
