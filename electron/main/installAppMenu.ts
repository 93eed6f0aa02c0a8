import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * To the focused window, else the app's one window (on macOS the menu works with none focused).
 * A page may open a file chooser only during a user activation, which an IPC message does not
 * carry (electron/electron#6268): an empty script run as a user gesture gives the window one
 * first, so File ▸ Import… can open the page's file chooser.
 */
async function send(command: 'new' | 'import' | 'export'): Promise<void> {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!window) return;
  await window.webContents.executeJavaScript('undefined', true);
  window.webContents.send('menu:command', command);
}

/** The standard menus a desktop editor has; editing roles give native undo, copy and paste. */
export function installAppMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Article', accelerator: 'CmdOrCtrl+N', click: () => void send('new') },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void send('import') },
        {
          label: 'Export to Website…',
          accelerator: 'CmdOrCtrl+E',
          click: () => void send('export'),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  app.setAboutPanelOptions({ applicationName: 'Galley', applicationVersion: app.getVersion() });
}
