import type http from 'node:http';
import { httpRequest, type RawResponse } from '../../support/httpRequest';

/** Where to reach a bridge: its port and token. */
export interface ApiTarget {
  port: number;
  token: string;
}

/** The parsed answer of one API call, with its HTTP status. */
export interface ApiAnswer {
  status: number;
  ok: boolean;
  value: unknown;
  error?: { code: string; message: string };
  raw: RawResponse;
}

/** `POST /api/<channel>` with the token, as the interface does it. */
export async function callApi(
  target: ApiTarget,
  channel: string,
  input: unknown,
  options: { timeoutMs?: number; agent?: http.Agent; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const raw = await httpRequest({
    port: target.port,
    method: 'POST',
    path: `/api/${channel}`,
    headers: {
      'Content-Type': 'application/json',
      'X-Galley-Token': target.token,
      ...options.headers,
    },
    body: JSON.stringify(input),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.agent ? { agent: options.agent } : {}),
  });
  let parsed: { ok?: unknown; value?: unknown; error?: { code: string; message: string } } = {};
  try {
    parsed = JSON.parse(raw.body) as typeof parsed;
  } catch {
    parsed = {};
  }
  return {
    status: raw.status,
    ok: parsed.ok === true,
    value: parsed.value,
    ...(parsed.error ? { error: parsed.error } : {}),
    raw,
  };
}
