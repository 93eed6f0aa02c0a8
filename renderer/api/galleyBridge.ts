import type { ApiChannel } from '../../shared/api/apiChannels';
import type { ApiResult } from '../../shared/api/apiResult';

/** What the Electron preload exposes as `window.galley`: one invoke over allow-listed channels. */
export interface GalleyBridge {
  invoke(channel: ApiChannel, input: unknown): Promise<ApiResult<unknown>>;
  onMenuCommand?(listener: (command: MenuCommand) => void): void;
}

export type MenuCommand = 'new' | 'import' | 'export';

/** Menu commands reach components as a DOM event, so any of them can listen. */
export const menuCommandEvent = 'galley:menu';

export function listenToMenuCommands(): void {
  window.galley?.onMenuCommand?.((command) =>
    window.dispatchEvent(new CustomEvent<MenuCommand>(menuCommandEvent, { detail: command })),
  );
}

declare global {
  interface Window {
    galley?: GalleyBridge;
  }
}

export function getGalleyBridge(): GalleyBridge | undefined {
  return window.galley;
}
