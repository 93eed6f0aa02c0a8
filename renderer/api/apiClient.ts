import type { ApiChannel } from '../../shared/api/apiChannels';
import type { ApiInput, ApiOutput } from '../../shared/api/apiContract';
import { apiFail, type ApiResult } from '../../shared/api/apiResult';
import { getGalleyBridge } from './galleyBridge';

export interface CallOptions {
  /** Let the request outlive the page (a save sent while the window closes). */
  keepalive?: boolean;
}

/** The renderer's one way to reach the services, over Electron IPC or loopback HTTP. */
export interface ApiClient {
  readonly transport: 'ipc' | 'http';
  call<C extends ApiChannel>(
    channel: C,
    input: ApiInput<C>,
    options?: CallOptions,
  ): Promise<ApiResult<ApiOutput<C>>>;
}

/** Picks IPC inside Electron, else HTTP with the token `galley serve` put in the URL. */
export function createApiClient(): ApiClient {
  const bridge = getGalleyBridge();
  if (bridge) {
    return {
      transport: 'ipc',
      call: (channel, input) =>
        bridge.invoke(channel, input) as Promise<ApiResult<ApiOutput<typeof channel>>>,
    };
  }
  const token = readToken();
  return {
    transport: 'http',
    async call(channel, input, options) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
          body: JSON.stringify(input),
          keepalive: options?.keepalive ?? false,
        });
        return (await response.json()) as ApiResult<ApiOutput<typeof channel>>;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // The code is what the interface words; the browser's reason is English, for logs.
        return apiFail('unreachable', `Galley server unreachable: ${reason}`);
      }
    },
  };
}

const tokenStorageKey = 'galley:token';

/** The token comes in the URL fragment; it is kept for this tab so reloads keep working. */
function readToken(): string {
  const fromUrl =
    new URLSearchParams(window.location.hash.slice(1)).get('token') ??
    new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenStorageKey, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenStorageKey) ?? '';
}
