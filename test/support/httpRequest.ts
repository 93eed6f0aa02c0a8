import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /**
   * The request first went out on a kept-alive connection the server had closed while it sat
   * idle, and was sent again on a new one (what browsers do).
   */
  resentAfterIdleClose?: true;
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

/**
 * The time cap counts only time this process could have read an answer in. Blocked (the fault
 * suite runs two scenarios in one process, and a static scan beside the fuzz held it 46 s at
 * load 17), a plain timer fires first when the process wakes, before the answer waiting in the
 * socket is read: a server that answered in milliseconds was reported as hanging. A stall
 * counts as at most two checks' time.
 */
const capCheckEveryMs = 250;

/**
 * One HTTP request to 127.0.0.1, raw: Host, path and headers go out as given.
 *
 * A server closes a kept-alive connection that has been idle for a while (Node's: its keep-alive
 * time plus 1 s, 6 s by default). When this process was itself busy that long between two
 * requests (the fault suite runs its 6 s synchronous SQL scan beside the API fuzz), the next
 * request goes out on the closed connection and fails with ECONNRESET before any answer. That is the
 * client's race, not the server's fault: Node's documentation advises sending such a request
 * again, once, which is what browsers do. A request on a fresh connection is never resent.
 */
export async function httpRequest(request: RawRequest): Promise<RawResponse> {
  try {
    return await sendOnce(request);
  } catch (error) {
    if (!(error instanceof IdleConnectionClosed)) throw error;
    return { ...(await sendOnce(request)), resentAfterIdleClose: true };
  }
}

class IdleConnectionClosed extends Error {
  override readonly name = 'IdleConnectionClosed';
}

function sendOnce(request: RawRequest): Promise<RawResponse> {
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
        res.on('error', (error) => {
          clearInterval(timer);
          reject(error);
        });
        res.on('end', () => {
          clearInterval(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    const timeoutMs = request.timeoutMs ?? 30_000;
    let waited = 0;
    let checkedAt = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      waited += Math.min(now - checkedAt, 2 * capCheckEveryMs);
      checkedAt = now;
      if (waited >= timeoutMs) {
        clearInterval(timer);
        req.destroy(new RequestTimeout(`no answer in ${timeoutMs} ms`));
      }
    }, capCheckEveryMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearInterval(timer);
      const closedWhileIdle =
        req.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up');
      reject(closedWhileIdle ? new IdleConnectionClosed(error.message) : error);
    });
    req.end(request.body);
  });
}
