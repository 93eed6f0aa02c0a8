import type { Library } from '../library/openLibrary';
import { readLibrarySetting, writeLibrarySetting } from '../library/librarySettings';
import { startHttpBridge, type HttpBridge, type HttpBridgeOptions } from './startHttpBridge';

/** The port a library was last served on, if one was recorded. */
export function readServePort(library: Library): number | undefined {
  const port = Number(readLibrarySetting(library.db, 'serve.port'));
  return Number.isInteger(port) && port > 0 && port <= 65_535 ? port : undefined;
}

export interface LibraryHttpBridgeOptions extends Omit<HttpBridgeOptions, 'port'> {
  library: Library;
  /** `--port N`; undefined for the library's own. */
  port: number | undefined;
}

/**
 * The bridge for `galley serve`, on the port the library was last served on. The browser keeps
 * the crash journal and the interface preferences per origin, and the port is part of the
 * origin: a restart on another port would not see them. A port asked for (`--port N`) wins, and
 * 0 asks for a fresh one; otherwise the remembered port is taken or, when another process holds
 * it, a free one, which `log` reports in one line. The port served on is remembered for next time.
 */
export async function startHttpBridgeOnLibraryPort({
  library,
  port: requested,
  ...options
}: LibraryHttpBridgeOptions): Promise<HttpBridge> {
  const notice = options.log ?? (() => undefined);
  const remembered = requested === undefined ? readServePort(library) : undefined;
  let bridge: HttpBridge;
  if (remembered === undefined) {
    bridge = await startHttpBridge({ ...options, port: requested ?? 0 });
  } else {
    try {
      bridge = await startHttpBridge({ ...options, port: remembered });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
      bridge = await startHttpBridge({ ...options, port: 0 });
      notice(
        `galley: port ${remembered}, where this library was last served, is busy; serving on ${bridge.port} instead (unsaved edits the browser kept for the old address will not be offered)`,
      );
    }
  }
  rememberServePort(library, bridge.port, notice);
  return bridge;
}

/** Written once the library has passed its check: a damaged file is never changed. */
function rememberServePort(library: Library, port: number, notice: (line: string) => void): void {
  void library.integrity.settled.then((status) => {
    if (status.state !== 'ok' || !library.db.open || readServePort(library) === port) return;
    try {
      writeLibrarySetting(library.db, 'serve.port', String(port));
    } catch (error) {
      notice(
        `galley: could not remember port ${port} for this library: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });
}
