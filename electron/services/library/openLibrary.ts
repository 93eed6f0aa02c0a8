import type { Database } from 'better-sqlite3';
import { attachReplication } from '../desk/articleReplication';
import { AutosaveTypesetting } from '../export/autosaveTypesetting';
import { toExportArticle } from '../export/toExportArticle';
import { CorrectionStore } from '../publish/correctionStore';
import { ArticleRepository } from './articleRepository';
import { ImageStore } from './imageStore';
import { describeLatestBackup } from './libraryBackups';
import { IntegrityMonitor, quickCheckInWorker } from './libraryIntegrity';
import { quickCheck } from './quickCheck';
import { assertIntact, damagedMessage, openLibraryFile, withBackupOffer } from './openLibraryFile';
import { seedLibrary } from './seedLibrary';
import { nodeNativeBinding } from './sqliteDriver';

export interface Library {
  readonly path: string;
  readonly db: Database;
  readonly articles: ArticleRepository;
  readonly images: ImageStore;
  /** Corrections on published articles, printed with them when they are republished. */
  readonly corrections: CorrectionStore;
  readonly schemaVersion: number;
  readonly integrity: IntegrityMonitor;
  /** The typesetting kept for the export after autosaves; `idle()` waits until it is done. */
  readonly typesetting: Pick<AutosaveTypesetting, 'idle'>;
  close(): void;
}

export interface OpenLibraryOptions {
  nativeBinding?: string | undefined;
  /** Who a brand-new library's sample article is attributed to. */
  actor?: string;
  now?: () => number;
  /**
   * `before-open` (the default, for one-shot commands) checks the whole file before anything
   * else; `background` (the app) opens at once and checks on a worker thread, turning the
   * library read-only if damage is found. A library that needs migrating is always checked
   * first: a migration must not run over damage. `alongside` (`galley export`) checks on a
   * worker thread at full priority while the command works, and the command waits for the
   * verdict before anything it did becomes visible (see `runLibraryExport`); like
   * `before-open`, it is a one-shot command's and writes no planner statistics.
   */
  integrityCheck?: 'before-open' | 'background' | 'alongside';
  /**
   * With `background`: the check starts once this settles (at once without it). `galley serve`
   * and the app hold it until the window has its first list (`firstPageGate`), so reading
   * the whole file does not compete with the window's first screen; the library is usable
   * meanwhile, as during the check.
   */
  startCheckAfter?: Promise<unknown>;
  /**
   * Typeset after autosaves on a worker thread (`AutosaveTypesetting`), as the app and
   * `galley serve` do; off, the thread that answers the API typesets (one-shot commands, which
   * leave it to the export).
   */
  typesettingThread?: boolean;
}

/** How long after its check the app refreshes the planner's statistics: past the first screen. */
const statisticsDelayMs = 5_000;

/** Opens (creating and seeding when new) the library file and brings it up to date. */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const opened = openLibraryFile(file, options);
  const { db, isNew, startedAt, schemaVersion } = opened;
  let { inBackground } = opened;
  try {
    const articles = new ArticleRepository(db, options.now);
    if (inBackground && articles.search.isStale()) {
      // Rebuilding the index rewrites every row: not over damage nobody has looked for yet.
      assertIntact(db, file);
      inBackground = false;
    }
    articles.search.rebuildIfStale();
    // Autosaves a crash caught between their commit and their indexing.
    if (!inBackground) articles.search.flushPending();
    if (isNew) seedLibrary(articles, options.actor ?? 'Galley');
    attachReplication({ db, articles });
    const images = new ImageStore(db);
    const corrections = new CorrectionStore(db);
    // What an autosave changed is typeset after it (on a thread of its own where one can
    // start), so the next export need not.
    const typesetting = new AutosaveTypesetting(
      db,
      (id) => {
        const article = articles.get(id);
        return article && toExportArticle({ images, corrections }, article, []);
      },
      options.typesettingThread
        ? { file, nativeBinding: options.nativeBinding ?? nodeNativeBinding }
        : undefined,
    );
    articles.onAutosave((id) => typesetting.saved(id));
    const integrity = new IntegrityMonitor(
      inBackground
        ? { state: 'checking', startedAt }
        : { state: 'ok', checkedAt: Date.now(), durationMs: Date.now() - startedAt },
    );
    // Planner statistics, as SQLite advises for long-lived connections: refreshed only for
    // tables that grew or were never analysed (without them a filtered count at 100,000
    // articles reads article rows instead of a covering index). The app does this; one-shot
    // commands do not (a refused import must leave the file as it was). The statistics are
    // written into the file, so only once it has passed its check.
    const isLongLived = options.integrityCheck === 'background';
    const refreshStatistics = (when: 'open' | 'close'): void => {
      if (!isLongLived || !db.open || integrity.current.state !== 'ok') return;
      db.pragma(when === 'open' ? 'optimize=0x10002' : 'optimize');
    };
    let statisticsTimer: NodeJS.Timeout | undefined;
    void integrity.settled.then(() => {
      // Busy elsewhere: the next search or autosave catches up instead.
      if (db.open && integrity.current.state === 'ok') {
        try {
          articles.search.flushPending();
        } catch {
          // left pending
        }
      }
      // Not at once: on a library never analysed (a fresh import) this is a full ANALYZE on
      // the thread that answers the API (80 ms of CPU at 1,000 articles), and at 1,000 the check
      // settles just as the window asks for its first page, which then waited for it.
      if (isLongLived) {
        statisticsTimer = setTimeout(() => refreshStatistics('open'), statisticsDelayMs);
        statisticsTimer.unref();
      }
    });
    if (inBackground) {
      const lowPriority = options.integrityCheck !== 'alongside';
      let checkStartedAt = startedAt;
      void Promise.resolve(options.startCheckAfter)
        .catch(() => undefined)
        .then(() => {
          if (!db.open) return null;
          checkStartedAt = Date.now();
          return quickCheckInWorker(file, options.nativeBinding, lowPriority);
        })
        .then((workerResult) => {
          if (!db.open) return;
          const result = workerResult ?? quickCheck(db);
          integrity.settle(
            result === 'ok'
              ? { state: 'ok', checkedAt: Date.now(), durationMs: Date.now() - checkStartedAt }
              : {
                  state: 'damaged',
                  checkedAt: Date.now(),
                  message: `${damagedMessage(file, result)} Galley will not change it: ${describeLatestBackup(file)}`,
                },
          );
        });
    }
    return {
      path: file,
      db,
      articles,
      images,
      corrections,
      schemaVersion,
      integrity,
      typesetting,
      close: () => {
        clearTimeout(statisticsTimer);
        typesetting.close();
        refreshStatistics('close');
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw withBackupOffer(error, file);
  }
}
