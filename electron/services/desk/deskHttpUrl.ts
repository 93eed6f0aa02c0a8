/**
 * The desk's HTTP base for a joined address (`ws://host:port` as `galley desk` prints it, or
 * its http form), or null for anything else: other schemes, credentials in the address, or a
 * path (a desk is always at the root of its port).
 */
export function deskHttpUrl(address: string): URL | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const scheme = { 'ws:': 'http:', 'wss:': 'https:', 'http:': 'http:', 'https:': 'https:' }[
    url.protocol
  ];
  if (!scheme || url.username || url.password || (url.pathname !== '/' && url.pathname !== ''))
    return null;
  return new URL(`${scheme}//${url.host}/`);
}

/** The WebSocket address for a desk address in either form. */
export function deskSocketUrl(address: string): string | null {
  const base = deskHttpUrl(address);
  if (!base) return null;
  return `${base.protocol === 'https:' ? 'wss:' : 'ws:'}//${base.host}`;
}
