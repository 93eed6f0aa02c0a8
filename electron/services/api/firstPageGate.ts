import { firstLibraryPage } from '../../../shared/article/firstLibraryPage';
import type { ApiHandlers } from './apiHandlers';
import { dispatchApiCall } from './dispatchApiCall';
import { onFirstAnswer } from './onFirstAnswer';

/**
 * The integrity check starts once the window's first list page has been answered, or this long
 * after start when no window asks for one: at 100,000 articles it reads a 4 GB file for seconds.
 */
export const integrityCheckWaitsAtMostMs = 3_000;

/** What `galley serve` and the Electron app do alike so the first list is not kept waiting. */
export interface FirstPageGate {
  /** Given to openLibrary as `startCheckAfter`. */
  checkMayStart: Promise<void>;
  /** `handlers` with `articles:query` wrapped to open the gate after its first answer. */
  watch(handlers: ApiHandlers): ApiHandlers;
  /**
   * Reads the page the window asks for first, once, soon (the answer is dropped): cold, at
   * 100,000 articles, its counts per status and rows cost about 200 ms of reads, which the
   * window's own call then finds in SQLite's cache. Give it the unwrapped handlers: it is not
   * the window's answer the check waits for.
   */
  warm(handlers: ApiHandlers, log: (line: string) => void): void;
}

export function firstPageGate(waitsAtMostMs = integrityCheckWaitsAtMostMs): FirstPageGate {
  let open: () => void = () => undefined;
  const checkMayStart = new Promise<void>((resolve) => (open = resolve));
  const cap = setTimeout(() => open(), waitsAtMostMs);
  cap.unref();
  return {
    checkMayStart,
    watch: (handlers) => onFirstAnswer(handlers, 'articles:query', open),
    warm: (handlers, log) => {
      setImmediate(() => {
        void dispatchApiCall(handlers, 'articles:query', firstLibraryPage, { log });
      });
    },
  };
}
