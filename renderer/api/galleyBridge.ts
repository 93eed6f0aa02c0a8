import type { ApiChannel } from '../../shared/api/apiChannels';
import type { ApiResult } from '../../shared/api/apiResult';

/** What the Electron preload exposes as `window.galley`: one invoke over allow-listed channels. */
export interface GalleyBridge {
  invoke(channel: ApiChannel, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    galley?: GalleyBridge;
  }
}

export function getGalleyBridge(): GalleyBridge | undefined {
  return window.galley;
}
