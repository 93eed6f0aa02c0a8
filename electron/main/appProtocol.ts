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
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
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
