import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  port: number;
  method?: string;
  /** Sent exactly as written: no URL normalisation. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** Reuse connections (the API fuzz); off by default so a killed server is noticed at once. */
  agent?: http.Agent;
  /** Send no Host header at all. */
  omitHost?: boolean;
}

/** Thrown when the server neither answers nor closes within the time cap. */
export class RequestTimeout extends Error {
  override readonly name = 'RequestTimeout';
}

/** One HTTP request to 127.0.0.1, raw: Host, path and headers go out as given. */
export function httpRequest(request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: request.port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers,
        agent: request.agent ?? false,
        setHost: !request.omitHost,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new RequestTimeout(`no answer in ${request.timeoutMs ?? 30_000} ms`));
    }, request.timeoutMs ?? 30_000);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(request.body);
  });
}
