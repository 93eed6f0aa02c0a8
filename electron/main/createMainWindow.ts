import path from 'node:path';
import { BrowserWindow } from 'electron';
import { appOrigin } from './appProtocol';

/** The main window: sandboxed, isolated, no Node in the page. */
export function createMainWindow(appDir: string): BrowserWindow {
  const preloadFile = path.join(appDir, 'dist', 'electron', 'preload.cjs');
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Galley',
    show: false,
    webPreferences: {
      // Reviewed (electronegativity PRELOAD_JS_CHECK): preload.ts exposes only
      // window.galley.invoke over the allow-listed API channels, never ipcRenderer.
      preload: preloadFile, // eng-disable PRELOAD_JS_CHECK
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // What electronegativity's AUXCLICK_JS_CHECK asks for; a middle-clicked link also reaches
      // setWindowOpenHandler (hardenWebContents.ts), which denies it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
