import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../services/http/contentSecurityPolicy';
import { resolveStaticFile } from '../services/http/serveStaticFile';

/** The renderer loads from galley://app/, a standard secure origin, never from file://. */
export const appScheme = 'galley';
export const appOrigin = `${appScheme}://app`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built interface from `rendererDir` with the CSP as a response header. */
export function serveAppProtocol(
  rendererDir: string,
  readImage: (id: string) => { bytes: Uint8Array; mimeType: string } | undefined,
): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const imageMatch = /^\/images\/([0-9a-f]{64})$/.exec(url.pathname);
    if (url.host === 'app' && imageMatch?.[1]) {
      const image = readImage(imageMatch[1]);
      return image
        ? new Response(Buffer.from(image.bytes), {
            headers: { 'Content-Type': image.mimeType, 'X-Content-Type-Options': 'nosniff' },
          })
        : new Response('Not found', { status: 404 });
    }
    const file = url.host === 'app' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const body = await fs.readFile(file.filePath);
    return new Response(body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
