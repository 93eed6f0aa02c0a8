import { app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiChannels } from '../../shared/api/apiChannels';
import { apiFail } from '../../shared/api/apiResult';
import type { ApiHandlers } from '../services/api/apiHandlers';
import { dispatchApiCall } from '../services/api/dispatchApiCall';
import { appOrigin } from './appProtocol';

/** True only for the top frame of our own interface, not an iframe or a foreign page. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(`${appOrigin}/`);
}

/** One `ipcMain.handle` per contract entry, each validating its input through the contract. */
export function registerIpcHandlers(handlers: ApiHandlers): void {
  // Outputs are checked against the contract in `npm start`, not in a packaged app.
  const options = { validateOutputs: !app.isPackaged };
  for (const channel of apiChannels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return apiFail('forbidden', 'This window may not call Galley.');
      return dispatchApiCall(handlers, channel, input, options);
    });
  }
}
