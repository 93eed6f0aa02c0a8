import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiResult } from '../../../shared/api/apiResult';
import { apiFail } from '../../../shared/api/apiResult';
import type { ApiHandlers } from '../api/apiHandlers';
import { dispatchApiCall, type ApiLogger } from '../api/dispatchApiCall';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { resolveStaticFile } from './serveStaticFile';

export interface HttpBridgeOptions {
  handlers: ApiHandlers;
  /** The built interface (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Library images for `GET /images/<sha256>`, which the editor's <img> elements load. */
  readImage?: (id: string) => { bytes: Uint8Array; mimeType: string } | undefined;
  /** The last export's folder, previewed at `/site/` so the export dialog can link to it. */
  sitePreviewDir?: () => string | undefined;
  /** Fixed only by tests; otherwise random per launch. */
  token?: string;
  log?: ApiLogger;
}

export interface HttpBridge {
  url: string;
  /** The URL to open: the token travels in the fragment, which browsers never send. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const loopbackHost = '127.0.0.1';
const apiPrefix = '/api/';
const sitePrefix = '/site/';
const maxBodyBytes = 32 * 1024 * 1024;

const statusByCode: Readonly<Record<ApiErrorCode, number>> = {
  invalid_input: 400,
  unknown_channel: 404,
  not_found: 404,
  conflict: 409,
  stale_base: 409,
  blocked: 409,
  read_only: 423,
  unauthorized: 401,
  forbidden: 403,
  internal: 500,
  unreachable: 503,
};

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The loopback transport of `galley serve`: the built UI plus `POST /api/<channel>`.
 * It binds 127.0.0.1 only, answers only to its own Host (against DNS rebinding), wants the
 * per-launch token on every API request and refuses cross-site writes.
 */
export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let origin = '';

  const server = http.createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      options.log?.(
        `galley: request failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!response.headersSent) sendResult(response, 500, apiFail('internal', 'Internal error.'));
      else response.destroy();
    });
  });

  async function handleRequest(request: http.IncomingMessage, response: http.ServerResponse) {
    if (request.headers.host !== origin.slice('http://'.length)) {
      return sendResult(
        response,
        403,
        apiFail('forbidden', 'This server answers only to its own address.'),
      );
    }
    // The raw path, not URL-normalised: `/../` must be refused, not quietly resolved.
    const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
    const imageMatch = /^\/images\/([0-9a-f]{64})$/.exec(rawPath);
    if (imageMatch?.[1] && options.readImage) return serveImage(request, response, imageMatch[1]);
    const siteDir = rawPath.startsWith(sitePrefix) ? options.sitePreviewDir?.() : undefined;
    if (siteDir)
      return serveStatic(request, response, rawPath.slice(sitePrefix.length - 1), siteDir, 'site');
    if (!rawPath.startsWith(apiPrefix)) return serveStatic(request, response, rawPath);

    if (request.method !== 'POST') {
      return sendResult(response, 405, apiFail('forbidden', 'API calls use POST.'), {
        Allow: 'POST',
      });
    }
    const presented = readToken(request);
    if (!presented)
      return sendResult(response, 401, apiFail('unauthorized', 'An API token is required.'));
    const presentedBytes = Buffer.from(presented);
    if (
      presentedBytes.length !== tokenBytes.length ||
      !timingSafeEqual(presentedBytes, tokenBytes)
    ) {
      return sendResult(response, 403, apiFail('forbidden', 'The API token is not valid.'));
    }
    const requestOrigin = request.headers.origin;
    const fetchSite = request.headers['sec-fetch-site'];
    if (
      (requestOrigin && requestOrigin !== origin) ||
      fetchSite === 'cross-site' ||
      fetchSite === 'same-site'
    ) {
      return sendResult(response, 403, apiFail('forbidden', 'Cross-origin requests are refused.'));
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return sendResult(
        response,
        415,
        apiFail('invalid_input', 'API requests must be application/json.'),
      );
    }
    const body = await readBody(request);
    if (body === null) {
      return sendResult(
        response,
        413,
        apiFail('invalid_input', `Request body is over ${maxBodyBytes} bytes.`),
      );
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'parse error';
      return sendResult(
        response,
        400,
        apiFail('invalid_input', `Request body is not valid JSON: ${reason}`),
      );
    }
    const channel = safeDecode(rawPath.slice(apiPrefix.length));
    const result = await dispatchApiCall(options.handlers, channel, input, { log: options.log });
    return sendResult(response, result.ok ? 200 : statusByCode[result.error.code], result);
  }

  /**
   * Images need no token (an <img> cannot send one): they are addressed by content hash,
   * and Cross-Origin-Resource-Policy keeps other sites from embedding them.
   */
  function serveImage(request: http.IncomingMessage, response: http.ServerResponse, id: string) {
    const image =
      request.method === 'GET' || request.method === 'HEAD' ? options.readImage?.(id) : undefined;
    if (!image) return sendResult(response, 404, apiFail('not_found', 'No such image.'));
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': image.mimeType,
      'Content-Length': image.bytes.length,
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
    response.end(request.method === 'HEAD' ? undefined : Buffer.from(image.bytes));
  }

  function serveStatic(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    pathname: string,
    rootDir = options.staticDir,
    mode: 'app' | 'site' = 'app',
  ) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendResult(response, 405, apiFail('forbidden', 'Only GET is served here.'), {
        Allow: 'GET, HEAD',
      });
    }
    const file = resolveStaticFile(rootDir, pathname, mode);
    if (!file) return sendResult(response, 404, apiFail('not_found', 'Not found.'));
    const isHtml = file.contentType.startsWith('text/html');
    // The interface's scripts and styles carry a content hash in their names (Vite): a reload
    // takes them from the cache without asking; index.html, never cached, names the current ones.
    const isHashedAsset =
      mode === 'app' && /^\/assets\/[^/]+-[\w-]{8,}\.(?:js|css)$/.test(pathname);
    // The interface's own files are sent whole, with their length, in one write: a stream takes an
    // open, reads of 64 kB and a close, each a turn of the loop that also answers the page's first
    // calls. A hashed name never changes its content, so those are read once.
    const body =
      mode === 'app'
        ? isHashedAsset
          ? readAsset(file.filePath)
          : fs.readFileSync(file.filePath)
        : undefined;
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': file.contentType,
      'Cache-Control': isHtml
        ? 'no-store'
        : isHashedAsset
          ? 'private, max-age=31536000, immutable'
          : 'no-cache',
      ...(isHtml ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
      ...(body ? { 'Content-Length': body.length } : {}),
    });
    if (request.method === 'HEAD') return response.end();
    if (body) return response.end(body);
    fs.createReadStream(file.filePath).pipe(response);
  }

  const assets = new Map<string, Buffer>();
  function readAsset(filePath: string): Buffer {
    let bytes = assets.get(filePath);
    if (!bytes) {
      bytes = fs.readFileSync(filePath);
      assets.set(filePath, bytes);
    }
    return bytes;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopbackHost, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${loopbackHost}:${port}`;
  return {
    url: `${origin}/`,
    launchUrl: `${origin}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readToken(request: http.IncomingMessage): string | undefined {
  const header = request.headers['x-galley-token'];
  if (typeof header === 'string' && header) return header;
  const authorization = request.headers.authorization;
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match?.[1];
}

function readBody(request: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // An oversized body is drained, not kept, so the 413 still reaches the client.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxBodyBytes ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendResult(
  response: http.ServerResponse,
  status: number,
  result: ApiResult<unknown>,
  extraHeaders: Record<string, string> = {},
): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    ...securityHeaders,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
