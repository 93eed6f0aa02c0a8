import fs from 'node:fs';
import type { ArticleQuery, ArticleQueryResult } from '../../../shared/article/articleQuerySchema';
import { firstLibraryPage } from '../../../shared/article/firstLibraryPage';
import type { ApiHandlers } from './apiHandlers';
import { dispatchApiCall } from './dispatchApiCall';
import { onFirstAnswer } from './onFirstAnswer';

/**
 * The integrity check starts once the window has its first list, or this long after start when
 * no window asks for one: at 100,000 articles it reads a 4 GB file for seconds.
 */
export const integrityCheckWaitsAtMostMs = 3_000;

/**
 * From the window's first call after its first list page (its first render's effects make them)
 * to the gate opening: the frame that shows the list follows those effects.
 */
export const afterFirstRenderMs = 100;

/**
 * From this size on the check waits for the window's first render, not only for its first page's
 * answer (about 2 ms of check a MB here). A smaller library is mostly checked before the window
 * first asks how its check went, so its first screen shows no "checking" note (held back to the
 * render, the note showed on every start for the 2 s until the window asks again), and its check
 * is too short to slow that screen; a larger one shows the note either way.
 */
export const checkAfterRenderBytes = 64 * 1024 * 1024;

/** What `galley serve` and the Electron app do alike so the first list is not kept waiting. */
export interface FirstPageGate {
  /**
   * Given to openLibrary as `startCheckAfter`: opens after the window's first page has been
   * answered, or for a library of {@link checkAfterRenderBytes} or more once the window has
   * rendered with it. The check competes with the window for the cores: its thread is niced,
   * but the browser runs in a session (autogroup) of its own, against which a niced thread still
   * gets a whole share.
   */
  checkMayStart: Promise<void>;
  /** Opens once the window has rendered with its first page: the search warm-up waits for it. */
  warmUpMayStart: Promise<void>;
  /**
   * `handlers` watched for the window's first page and the calls its first render makes, and
   * with the first `articles:query` for the first page answered by {@link warm}'s read while the
   * library has not been written since.
   */
  watch(handlers: ApiHandlers): ApiHandlers;
  /**
   * Reads the page the window asks for first, once, soon, and keeps it with `writeStamp()` (see
   * `libraryWriteStamp`) for the window's identical first call: cold, at 100,000 articles, that
   * read costs about 70 ms, and warm it still costs the window's call 15 ms of the server's CPU.
   * Give it the unwrapped handlers: it is not the window's answer the gate waits for.
   */
  warm(handlers: ApiHandlers, log: (line: string) => void, writeStamp: () => string): void;
}

export interface FirstPageGateOptions {
  /** The library file's size: see {@link checkAfterRenderBytes}. */
  libraryBytes?: number;
  waitsAtMostMs?: number;
  settleMs?: number;
}

export function firstPageGate(options: FirstPageGateOptions = {}): FirstPageGate {
  const {
    libraryBytes = 0,
    waitsAtMostMs = integrityCheckWaitsAtMostMs,
    settleMs = afterFirstRenderMs,
  } = options;
  let openAnswered: () => void = () => undefined;
  let openRendered: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (openAnswered = resolve));
  const warmUpMayStart = new Promise<void>((resolve) => (openRendered = resolve));
  const cap = setTimeout(() => {
    openAnswered();
    openRendered();
  }, waitsAtMostMs);
  cap.unref();
  // Either order: when the first page is answered late, the window renders busy first.
  let firstPageAnswered = false;
  let rendered = false;
  const openOnceBoth = (): void => {
    if (firstPageAnswered && rendered) setTimeout(openRendered, settleMs).unref();
  };
  const otherCall = (): void => {
    if (rendered) return;
    rendered = true;
    openOnceBoth();
  };
  let kept: { value: ArticleQueryResult; stamp: string; writeStamp: () => string } | undefined;
  return {
    checkMayStart: libraryBytes >= checkAfterRenderBytes ? warmUpMayStart : answered,
    warmUpMayStart,
    watch: (handlers) => {
      const query = handlers['articles:query'];
      const watched = Object.fromEntries(
        Object.entries(handlers).map(([channel, handler]) => [
          channel,
          (input: unknown) => {
            otherCall();
            return (handler as (input: unknown) => unknown)(input);
          },
        ]),
      ) as unknown as ApiHandlers;
      watched['articles:query'] = (input) => {
        const offered = kept;
        kept = undefined;
        if (offered && isFirstPage(input) && offered.writeStamp() === offered.stamp) {
          return offered.value;
        }
        return query(input);
      };
      return onFirstAnswer(watched, 'articles:query', () => {
        firstPageAnswered = true;
        // After this answer has been written: starting the check's thread takes the main thread.
        setImmediate(openAnswered);
        openOnceBoth();
      });
    },
    warm: (handlers, log, writeStamp) => {
      setImmediate(() => {
        // The stamp is read in the same synchronous run as the page.
        const reading: ApiHandlers = {
          ...handlers,
          'articles:query': (input) => {
            const value = handlers['articles:query'](input);
            if (!(value instanceof Promise)) kept = { value, stamp: writeStamp(), writeStamp };
            return value;
          },
        };
        void dispatchApiCall(reading, 'articles:query', firstLibraryPage, { log });
      });
    },
  };
}

const canonical = (query: ArticleQuery): string =>
  JSON.stringify(
    Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
const firstPageKey = canonical(firstLibraryPage);

function isFirstPage(query: ArticleQuery): boolean {
  return canonical(query) === firstPageKey;
}

/** A file's size, 0 when there is none yet (a library about to be created). */
export function fileBytes(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}
