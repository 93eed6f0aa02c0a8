import { contextBridge, ipcRenderer } from 'electron';
import { isApiChannel } from '../../shared/api/apiChannels';

// Sandboxed preload: only `window.galley.invoke` over the allow-listed channels crosses the
// bridge, never ipcRenderer itself.
contextBridge.exposeInMainWorld('galley', {
  invoke: (channel: string, input: unknown): Promise<unknown> => {
    if (!isApiChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', message: `Unknown API call "${channel}".` },
      });
    }
    return ipcRenderer.invoke(channel, input);
  },
  /** Menu commands from the main process: only the known names reach the page. */
  onMenuCommand: (listener: (command: string) => void): void => {
    ipcRenderer.on('menu:command', (_event, command: unknown) => {
      if (command === 'new' || command === 'import' || command === 'export') listener(command);
    });
  },
});
