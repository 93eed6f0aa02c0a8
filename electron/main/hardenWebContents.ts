import { app, session, shell, type WebContents } from 'electron';
import { appOrigin } from './appProtocol';

const externalSchemes = new Set(['https:', 'http:', 'mailto:']);

/** Opens a link in the user's browser only for http(s) and mailto. */
export function openExternalSafely(url: string): void {
  try {
    if (externalSchemes.has(new URL(url).protocol)) {
      void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s), mailto only
    }
  } catch {
    // Not a URL: nothing to open.
  }
}

/**
 * Every window: no navigation away from the app, no new windows (links go to the
 * system browser), no webviews, and every permission request denied.
 */
export function hardenAllWebContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
  });
}
