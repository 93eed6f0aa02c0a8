import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  filePath: string;
  contentType: string;
}

/**
 * Maps a request path to a file inside `rootDir`, or null. Anything that could climb out
 * (`..` in any encoding, backslashes, NUL, absolute paths) is refused before touching disk;
 * unknown paths without an extension fall back to index.html for the single-page app.
 */
export function resolveStaticFile(
  rootDir: string,
  requestPath: string,
  mode: 'app' | 'site' = 'app',
): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /(^|\/)\.\.?(\/|$)/.test(decoded)) {
    return null;
  }
  const root = path.resolve(rootDir);
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const candidate = path.resolve(root, relative);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  // The app falls back to its index.html; an exported site serves each folder's own index.
  const fallback =
    mode === 'app' ? path.join(root, 'index.html') : path.join(candidate, 'index.html');
  const target = isFile(candidate) ? candidate : path.extname(candidate) === '' ? fallback : null;
  if (!target || !isFile(target)) return null;
  return {
    filePath: target,
    contentType: contentTypes[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
  };
}

function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
}
