import path from 'node:path';
import Database from 'better-sqlite3';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { callApi, type ApiTarget } from './support/callApi';
import { errorMessage } from './support/errorMessage';
import { inspectLibraryFile } from './support/inspectLibraryFile';
import { createRandom } from '../support/createRandom';
import { sleep } from './support/sleep';
import type { GalleyServer } from '../support/galleyServer';
import { startServedGalley } from './support/startServedGalley';

/** The article as the last acknowledged save left it. */
interface SavedState {
  version: number;
  lede: string;
  bodyMarker: string;
}

/** A save sent but not answered when the server died: it may or may not have committed. */
interface InFlightSave {
  field: 'lede' | 'body';
  marker: string;
  baseVersion: number;
}

interface ArticleView {
  id: string;
  version: number;
  lede: string;
  bodyText: string;
}

const bodyOf = (marker: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: `Body [${marker}]` }] }],
});

/** The marker inside `Body [marker]`, or '' when the body is something else. */
const bodyMarkerOf = (bodyText: string): string => /\[([^\]]+)\]/.exec(bodyText)?.[1] ?? '';

/**
 * A client saves one article continuously through `POST /api/articles:update` while the
 * server is SIGKILLed at random moments. After every kill the file must pass
 * `integrity_check`, and hold the last save that was answered 200 (or the one in flight).
 */
export const killDuringSaves: FaultScenario = {
  name: 'kill-saves',
  title: 'SIGKILL of galley serve during continuous saves',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed);
    const libraryPath = path.join(options.workDir, 'library.sqlite');
    const failures: string[] = [];
    const notes: string[] = [];
    let articleId = '';
    let saved: SavedState | undefined;
    let acknowledged = 0;
    let lost = 0;
    let inFlightCommitted = 0;
    let integrityFailures = 0;
    let survived = 0;
    let cleanKills = 0;
    let startMs = 0;
    const maxDelay = options.size === 'large' ? 1500 : 800;

    for (let kill = 1; kill <= options.kills; kill += 1) {
      let server: GalleyServer;
      const failuresBefore = failures.length;
      const started = performance.now();
      try {
        server = await startServedGalley(libraryPath, { cwd: options.workDir });
      } catch (error) {
        failures.push(`kill ${kill}: the server did not start again: ${errorMessage(error)}`);
        break;
      }
      startMs += performance.now() - started;
      const target: ApiTarget = { port: server.port, token: server.token };
      try {
        if (!articleId) articleId = await firstArticleId(target);
        const current = await getArticle(target, articleId);
        if (saved && !matchesSaved(current, saved)) {
          failures.push(
            `kill ${kill}: after the restart the API shows version ${current.version} lede "${current.lede}", the file check saw version ${saved.version}`,
          );
        }
        saved = {
          version: current.version,
          lede: current.lede,
          bodyMarker: bodyMarkerOf(current.bodyText),
        };
      } catch (error) {
        failures.push(
          `kill ${kill}: reading the article after the restart failed: ${errorMessage(error)}`,
        );
        await server.stop('SIGKILL');
        break;
      }

      let stopped = false;
      let inFlight: InFlightSave | undefined;
      const state: SavedState = { ...saved };
      const saveLoop = (async () => {
        for (let save = 1; !stopped; save += 1) {
          const field = save % 2 === 0 ? 'body' : 'lede';
          const marker = `k${kill}s${save}`;
          inFlight = { field, marker, baseVersion: state.version };
          const patch = field === 'lede' ? { lede: `Lede [${marker}]` } : { body: bodyOf(marker) };
          let answer;
          try {
            answer = await callApi(
              target,
              'articles:update',
              { id: articleId, patch, baseVersion: state.version },
              { timeoutMs: 15_000 },
            );
          } catch {
            return; // The server died under the request: that save is in flight.
          }
          if (answer.status !== 200) {
            if (!stopped)
              failures.push(
                `kill ${kill}: save ${save} answered ${answer.status} ${answer.error?.message ?? ''}`,
              );
            return;
          }
          const article = answer.value as ArticleView;
          acknowledged += 1;
          state.version = article.version;
          if (field === 'lede') state.lede = `Lede [${marker}]`;
          else state.bodyMarker = marker;
          inFlight = undefined;
        }
      })();
      await sleep(random.between(0, maxDelay));
      server.process.kill('SIGKILL');
      stopped = true;
      await server.exited;
      await saveLoop;

      let row: ArticleView | undefined;
      try {
        const inspected = inspectLibraryFile(libraryPath);
        if (inspected.integrity !== 'ok') {
          integrityFailures += 1;
          failures.push(`kill ${kill}: integrity_check says ${inspected.integrity.slice(0, 200)}`);
        }
        row = readArticle(libraryPath, articleId);
      } catch (error) {
        integrityFailures += 1;
        failures.push(`kill ${kill}: the library cannot be opened: ${errorMessage(error)}`);
        continue;
      }
      if (!row) {
        lost += 1;
        failures.push(`kill ${kill}: the article ${articleId} is gone`);
        continue;
      }
      const committed = inFlight && committedInFlight(row, state, inFlight);
      if (committed) inFlightCommitted += 1;
      else if (!matchesSaved(row, state)) {
        lost += 1;
        failures.push(
          `kill ${kill}: acknowledged save lost: expected version ${state.version} lede "${state.lede}" body [${state.bodyMarker}], the file has version ${row.version} lede "${row.lede}" body "${row.bodyText.slice(0, 60)}"`,
        );
      }
      saved = { version: row.version, lede: row.lede, bodyMarker: bodyMarkerOf(row.bodyText) };
      survived += 1;
      if (failures.length === failuresBefore) cleanKills += 1;
    }

    // One last start: the library still opens after the last kill.
    try {
      const server = await startServedGalley(libraryPath, { cwd: options.workDir });
      const article = await getArticle({ port: server.port, token: server.token }, articleId);
      if (saved && !matchesSaved(article, saved))
        failures.push(
          `final start: the API shows version ${article.version}, expected ${saved.version}`,
        );
      await server.stop('SIGTERM');
    } catch (error) {
      failures.push(`final start failed: ${errorMessage(error)}`);
    }
    notes.push(
      `server start took ${Math.round(startMs / Math.max(1, options.kills))} ms on average`,
    );
    return {
      tried: options.kills,
      passed: cleanKills,
      figures: {
        kills: options.kills,
        'kills survived': survived,
        'saves acknowledged': acknowledged,
        'acknowledged saves lost': lost,
        'in-flight saves found committed': inFlightCommitted,
        'integrity failures': integrityFailures,
      },
      failures,
      notes,
    };
  },
};

async function firstArticleId(target: ApiTarget): Promise<string> {
  const answer = await callApi(target, 'articles:list', {});
  const id = (answer.value as { articles?: Array<{ id: string }> } | undefined)?.articles?.[0]?.id;
  if (!id) throw new Error(`articles:list gave no article (${answer.status})`);
  return id;
}

async function getArticle(target: ApiTarget, id: string): Promise<ArticleView> {
  const answer = await callApi(target, 'articles:get', { id });
  if (answer.status !== 200) throw new Error(`articles:get answered ${answer.status}`);
  return answer.value as ArticleView;
}

function readArticle(file: string, id: string): ArticleView | undefined {
  const db = new Database(file, { fileMustExist: true });
  try {
    const row = db
      .prepare('SELECT id, version, lede, body_text AS bodyText FROM articles WHERE id = ?')
      .get(id) as ArticleView | undefined;
    return row;
  } finally {
    db.close();
  }
}

function matchesSaved(article: ArticleView, saved: SavedState): boolean {
  return (
    article.version === saved.version &&
    article.lede === saved.lede &&
    bodyMarkerOf(article.bodyText) === saved.bodyMarker
  );
}

function committedInFlight(article: ArticleView, saved: SavedState, save: InFlightSave): boolean {
  if (article.version !== save.baseVersion + 1 || save.baseVersion !== saved.version) return false;
  return save.field === 'lede'
    ? article.lede === `Lede [${save.marker}]` &&
        bodyMarkerOf(article.bodyText) === saved.bodyMarker
    : bodyMarkerOf(article.bodyText) === save.marker && article.lede === saved.lede;
}
