import fs from 'node:fs';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { DeskWebSocket } from '../../electron/services/desk/deskWebSocket';
import * as Y from 'yjs';
import { ArticleCollaboration } from '../../electron/services/desk/articleCollaboration';
import { DeskAgent } from '../../electron/services/desk/deskAgent';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { importText } from '../../electron/services/import/importText';
import { saveImportedArticle } from '../../electron/services/import/saveImportedArticle';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import type { Article } from '../../shared/article/articleSchema';
import { writeArticleDocument } from '../../shared/desk/articleDocument';
import { articleDocumentName } from '../../shared/desk/deskDocumentName';
import { startDeskProcess } from '../support/startDeskProcess';
import { benchLog } from './benchLog';
import type { PhaseRunner } from './benchTypes';
import { measureDeskScaleOut } from './measureDeskScaleOut';
import { readProcessMemory } from './readProcessMemory';
import { summarize } from './summarize';

const samples = 100;
const warmUp = 5;
const openForMemory = 1_000;
const pushes = 50;
/** Articles the scale-out's writers type into, five writers to each. */
const scaleOutArticles = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The desk on loopback, as a real `galley desk` process: how long an edit on one workstation
 * takes to reach another's library; how long a new workstation takes to receive the whole desk
 * (the benchmark's library, up to 10,000 articles); the desk's memory per open document; and
 * the editor's save while joined (a Yjs update into a 10,000-word article); and, scaled out,
 * 50 writers over two desk processes behind Redis (`measureDeskScaleOut`).
 */
export const runDeskPhase: PhaseRunner = async (config, paths) => {
  const dir = path.join(config.workDir, 'desk');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const database = path.join(dir, 'desk.sqlite');

  // The desk holds the benchmark's library, written straight into its store.
  const source = openLibrary(paths.library);
  const count = Math.min(source.articles.count(), 10_000);
  const store = await openDeskStore(database);
  const token = (await addDeskUser(store, 'Бенчмарк', 'chief', Date.now())).token;
  const seeded: string[] = [];
  const forScaleOut: Article[] = [];
  for (let offset = 0; offset < count; offset += 500) {
    for (const summary of source.articles.list(offset, Math.min(500, count - offset))) {
      const article = source.articles.get(summary.id);
      if (!article) continue;
      const doc = new Y.Doc({ gc: false });
      writeArticleDocument(doc, article);
      await store.storeDocument(
        articleDocumentName(article.id),
        Y.encodeStateAsUpdate(doc),
        Date.now(),
      );
      seeded.push(article.id);
      if (forScaleOut.length < scaleOutArticles) forScaleOut.push(article);
    }
  }
  source.close();
  await store.close();
  const desk = await startDeskProcess(database);
  benchLog('desk', `desk with ${seeded.length} articles at ${desk.url}`);

  const libraries: Library[] = [];
  const agents: DeskAgent[] = [];
  const station = (name: string): { library: Library; agent: DeskAgent } => {
    const library = openLibrary(path.join(dir, `${name}.galley`), { actor: name });
    const agent = new DeskAgent({ library, url: desk.url, token, pollMs: 100 });
    libraries.push(library);
    agents.push(agent);
    return { library, agent };
  };
  try {
    // A new workstation receives the whole desk.
    const fresh = station('fresh');
    fresh.agent.start();
    const receiveStart = performance.now();
    await fresh.agent.syncAll(15 * 60_000);
    const receiveSeconds = (performance.now() - receiveStart) / 1000;
    const received = fresh.library.articles.count();
    benchLog('desk', `received ${received} articles in ${receiveSeconds.toFixed(1)} s`);

    // Two workstations that already hold the desk (copies of the one that just received it):
    // an edit on one, until the other's library has it.
    await fresh.agent.stop();
    agents.splice(agents.indexOf(fresh.agent), 1);
    fresh.library.close();
    libraries.splice(libraries.indexOf(fresh.library), 1);
    for (const name of ['first', 'second'])
      fs.copyFileSync(path.join(dir, 'fresh.galley'), path.join(dir, `${name}.galley`));
    const first = station('first');
    const second = station('second');
    first.agent.start();
    second.agent.start();
    const article = first.library.articles.create({ headline: 'Сходимость' }, 'first');
    await until(() => second.library.articles.get(article.id) !== undefined, 'the article');
    const delays: number[] = [];
    for (let index = 0; index < warmUp + samples; index += 1) {
      const lede = `правка ${index}`;
      const start = performance.now();
      first.library.articles.update(article.id, { lede }, 'first');
      await until(() => second.library.articles.get(article.id)?.lede === lede, 'the edit');
      if (index >= warmUp) delays.push(performance.now() - start);
      await sleep(20);
    }
    const convergence = summarize(delays);
    benchLog(
      'desk',
      `convergence p50 ${convergence.p50.toFixed(1)} ms, p95 ${convergence.p95.toFixed(1)} ms`,
    );

    // The desk's memory per open document: a round to warm the desk up, then documents held open.
    const hold = async (ids: readonly string[]): Promise<() => void> => {
      const socket = new HocuspocusProviderWebsocket({
        url: desk.url,
        WebSocketPolyfill: DeskWebSocket,
      });
      const providers: HocuspocusProvider[] = [];
      let synced = 0;
      for (const [index, id] of ids.entries()) {
        const provider = new HocuspocusProvider({
          websocketProvider: socket,
          name: articleDocumentName(id),
          token,
          onSynced: () => {
            synced += 1;
          },
        });
        provider.attach();
        providers.push(provider);
        // Fewer than the desk's 100 unauthenticated documents per connection at any time.
        if (index % 50 === 49) await until(() => synced >= index + 1, 'documents to open', 60_000);
      }
      await until(() => synced >= ids.length, 'documents to open', 60_000);
      return () => {
        for (const provider of providers) provider.destroy();
        socket.destroy();
      };
    };
    (await hold(seeded.slice(0, 50)))();
    await sleep(1_000);
    const opened = seeded.slice(0, openForMemory);
    const before = readProcessMemory(desk.pid).rssMb;
    const release = await hold(opened);
    await sleep(1_000);
    const after = readProcessMemory(desk.pid).rssMb;
    release();
    const perDocumentKib = opened.length ? ((after - before) * 1024) / opened.length : 0;

    // The editor's save while joined: a Yjs update into a 10,000-word article.
    const long = await importText(
      'save.md',
      fs.readFileSync(path.join(paths.longArticles, 'save.md')),
    );
    const created = saveImportedArticle(first.library, long, 'first');
    const collaboration = new ArticleCollaboration(first.library, 'first');
    const editor = new Y.Doc();
    Y.applyUpdate(editor, collaboration.open(created.id) ?? new Uint8Array());
    const body = editor.getXmlFragment('body');
    const middle = body.get(Math.floor(body.length / 2));
    const pushTimes: number[] = [];
    for (let index = 0; index < warmUp + pushes; index += 1) {
      const vector = Y.encodeStateVector(editor);
      const text = middle instanceof Y.XmlElement ? middle.get(0) : undefined;
      if (text instanceof Y.XmlText) text.insert(0, `слово${index} `);
      const update = Y.encodeStateAsUpdate(editor, vector);
      const start = performance.now();
      collaboration.push(created.id, update);
      if (index >= warmUp) pushTimes.push(performance.now() - start);
    }
    const push = summarize(pushTimes);
    const peakRssMb = readProcessMemory(desk.pid).peakMb;
    for (const agent of agents.splice(0)) await agent.stop();
    await desk.stop();

    // Scaled out: 50 writers over two desk processes sharing through Redis.
    const scaleOut = await measureDeskScaleOut(forScaleOut);

    return {
      metrics: [
        {
          key: 'desk.convergence.p50',
          label: 'an edit on one workstation in the other’s library (loopback), p50',
          value: convergence.p50,
          unit: 'ms',
          note: `${samples} edits after ${warmUp} warm-up; desk and both workstations on this machine`,
        },
        {
          key: 'desk.convergence.p95',
          label: 'an edit on one workstation in the other’s library (loopback), p95',
          value: convergence.p95,
          unit: 'ms',
        },
        {
          key: 'desk.receive.seconds',
          label: `a new workstation receives a ${received}-article desk`,
          value: receiveSeconds,
          unit: 's',
          note: `${(received / receiveSeconds).toFixed(0)} articles/s, every article written into the library and its search index`,
        },
        {
          key: 'desk.memory.perDocumentKib',
          label: 'desk memory per open document',
          value: perDocumentKib,
          unit: 'KiB',
          note: `RSS of the desk process ${before.toFixed(0)} → ${after.toFixed(0)} MiB with ${opened.length} documents open (the benchmark's articles; garbage collection makes this rough)`,
        },
        {
          key: 'desk.push.p50',
          label: 'editor save while joined (Yjs update into a 10,000-word article), p50',
          value: push.p50,
          unit: 'ms',
          note: 'applied to the document and written into rows, search index and ledger, durable',
        },
        {
          key: 'desk.push.p95',
          label: 'editor save while joined (Yjs update into a 10,000-word article), p95',
          value: push.p95,
          unit: 'ms',
        },
        ...scaleOut,
      ],
      comparisons: [],
      notes: [],
      peakRssMb,
    };
  } finally {
    for (const agent of agents) await agent.stop();
    for (const library of libraries) library.close();
    await desk.stop();
  }
};
