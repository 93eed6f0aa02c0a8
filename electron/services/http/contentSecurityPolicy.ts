/**
 * The interface's Content Security Policy, for the Electron protocol handler and the HTTP
 * bridge alike: only our own scripts, no plugins, no framing, no form posts elsewhere.
 * Inline styles are allowed because ProseMirror sets style attributes while editing.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
