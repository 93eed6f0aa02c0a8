import { isAllowedLinkUrl } from '../editor/documentExtensions';

const maxUrlLength = 2048;
const maxHostLength = 253;
const maxLabelLength = 63;

// Characters a URL may not carry literally; percent-encoding them keeps the link working
// and the attribute valid. A `%` that starts no escape is encoded too.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unencodedPattern = /[\u0000-\u0020"<>\\^`{|}\u007F]|%(?![0-9A-Fa-f]{2})/g;
const labelPattern = /^[\p{L}\p{N}-]+$/u;
const ipv6Pattern = /^\[[0-9A-Fa-f:.]+\]$/;
const portPattern = /^[0-9]{1,5}$/;
const loneSurrogatePattern = /\p{Cs}/gu;
const nonAsciiPattern = /[\u0080-\u{10FFFF}]+/gu;

function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function isValidHost(host: string): boolean {
  if (ipv6Pattern.test(host)) return true;
  if (host.length === 0 || host.length > maxHostLength) return false;
  for (const label of host.split('.')) {
    if (label.length === 0 || label.length > maxLabelLength) return false;
    if (label.startsWith('-') || label.endsWith('-') || !labelPattern.test(label)) return false;
  }
  return true;
}

// User info is refused outright: `https://bank.example@evil.example` is a phishing trick,
// never something a newsroom means to link to.
function isValidAuthority(authority: string): boolean {
  if (authority.includes('@')) return false;
  const portStart = authority.startsWith('[')
    ? authority.indexOf(':', authority.indexOf(']'))
    : authority.lastIndexOf(':');
  if (portStart === -1) return isValidHost(authority);
  return (
    portPattern.test(authority.slice(portStart + 1)) && isValidHost(authority.slice(0, portStart))
  );
}

function authorityEnd(rest: string): number {
  for (let index = 2; index < rest.length; index += 1) {
    const char = rest[index];
    if (char === '/' || char === '?' || char === '#') return index;
  }
  return rest.length;
}

/**
 * A link target fit for a published page, or undefined when it must not be linked: only
 * absolute http, https and mailto URLs with a well-formed host and no user info pass, and
 * characters a URL cannot hold (or that are not ASCII, after the host) are percent-encoded. Every URL the exporter writes goes through here, even
 * ones the editor already checked.
 */
export function sanitizeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.length === 0 || trimmed.length > maxUrlLength || !isAllowedLinkUrl(trimmed)) {
    return undefined;
  }
  const encoded = trimmed.replace(unencodedPattern, percentEncode);
  const colon = encoded.indexOf(':');
  const scheme = encoded.slice(0, colon).toLowerCase();
  const rest = encoded.slice(colon + 1);
  if (scheme === 'mailto') {
    return rest.length > 0 && !rest.startsWith('/') ? `mailto:${rest}` : undefined;
  }
  if (!rest.startsWith('//')) return undefined;
  const end = authorityEnd(rest);
  if (!isValidAuthority(rest.slice(2, end))) return undefined;
  // Path, query and fragment go out as plain ASCII (ninjs wants RFC 3986 URIs); a
  // Unicode host stays as typed, for a browser to convert.
  const tail = rest
    .slice(end)
    .replace(loneSurrogatePattern, '')
    .replace(nonAsciiPattern, encodeURIComponent);
  return `${scheme}:${rest.slice(0, end)}${tail}`;
}
