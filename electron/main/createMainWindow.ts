import path from 'node:path';
import { BrowserWindow } from 'electron';
import { appOrigin } from './appProtocol';

/** The main window: sandboxed, isolated, no Node in the page. */
export function createMainWindow(appDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Galley',
    show: false,
    webPreferences: {
      preload: path.join(appDir, 'dist', 'electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
