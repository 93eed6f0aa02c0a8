import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { DeskWebSocket } from '../../electron/services/desk/deskWebSocket';
import * as Y from 'yjs';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openPostgresDeskStore } from '../../electron/services/desk/openPostgresDeskStore';
import type { Article } from '../../shared/article/articleSchema';
import { articleDocumentKeys, writeArticleDocument } from '../../shared/desk/articleDocument';
import { articleDocumentName } from '../../shared/desk/deskDocumentName';
import { startDeskProcess, type DeskProcess } from '../support/startDeskProcess';
import { startPostgres } from '../support/startPostgres';
import { startRedis } from '../support/startRedis';
import { benchLog } from './benchLog';
import type { Metric } from './benchTypes';
import { readProcessMemory } from './readProcessMemory';
import { summarize } from './summarize';

const writerCount = 50;
const writersPerArticle = 5;
const typingSeconds = 30;
/** A word every 400 ms or so per writer: ~15 characters a second, a fast typist's burst. */
const wordEveryMs = 400;
const presenceSamples = 40;
/** Linux's USER_HZ, what /proc/<pid>/stat counts CPU time in. */
const clockTicksPerSecond = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: the fields are counted from the `)` that closes it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

interface Writer {
  index: number;
  desk: number;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
}

/**
 * 50 writers as the desk sees them (Yjs clients through @hocuspocus/provider, one connection
 * each), spread over two `galley desk --redis` processes over one PostgreSQL, five to an article
 * and each article's writers on both processes, typing words into the body for a fixed time.
 * Measured: from a word typed until each writer of the same article on the other process has
 * it; the desk processes' CPU and memory meanwhile; and presence, a caret moved by one writer
 * until one on the other process sees it.
 */
export async function measureDeskScaleOut(articles: readonly Article[]): Promise<Metric[]> {
  const articleCount = Math.ceil(writerCount / writersPerArticle);
  if (articles.length < articleCount)
    throw new Error(`the desk scale-out needs ${articleCount} articles`);
  const [cluster, redis] = await Promise.all([startPostgres(), startRedis()]);
  const desks: DeskProcess[] = [];
  const writers: Writer[] = [];
  try {
    const store = await openPostgresDeskStore(cluster.url);
    const tokens: string[] = [];
    for (let index = 0; index < writerCount; index += 1)
      tokens.push((await addDeskUser(store, `Автор ${index + 1}`, 'editor', Date.now())).token);
    const names = articles.slice(0, articleCount).map((article) => {
      const doc = new Y.Doc({ gc: false });
      writeArticleDocument(doc, article);
      return { name: articleDocumentName(article.id), update: Y.encodeStateAsUpdate(doc) };
    });
    for (const { name, update } of names) await store.storeDocument(name, update, Date.now());
    await store.close();
    for (let index = 0; index < 2; index += 1)
      desks.push(await startDeskProcess(cluster.url, 0, ['--redis', redis.url]));
    benchLog('desk', `scale-out: two desk processes over PostgreSQL and Redis`);

    // Typed words, by marker: when typed, and when each other writer of the article saw it.
    const typedAt = new Map<string, number>();
    const delays: number[] = [];
    let deliveries = 0;
    let measuring = false;
    for (let index = 0; index < writerCount; index += 1) {
      // Alternate processes, so every article has writers on both.
      const desk = index % 2;
      const socket = new HocuspocusProviderWebsocket({
        url: desks[desk]!.url,
        WebSocketPolyfill: DeskWebSocket,
      });
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: names[Math.floor(index / writersPerArticle)]!.name,
        document: doc,
        token: tokens[index]!,
      });
      provider.attach();
      const writer: Writer = { index, desk, doc, provider, socket };
      doc.getXmlFragment(articleDocumentKeys.body).observeDeep((events, transaction) => {
        if (transaction.local || !measuring) return;
        const now = performance.now();
        for (const event of events) {
          for (const change of event.delta) {
            if (typeof change.insert !== 'string') continue;
            for (const [marker, from] of change.insert.matchAll(/ w(\d+)n\d+/g)) {
              const at = typedAt.get(marker.trim());
              // Only a word from the other process counts: Redis is in its path.
              if (at === undefined || Number(from) % 2 === desk) continue;
              delays.push(now - at);
              deliveries += 1;
            }
          }
        }
      });
      writers.push(writer);
    }
    await until(
      () => writers.every((writer) => writer.provider.isSynced),
      'the writers to sync',
      120_000,
    );
    benchLog('desk', `scale-out: ${writers.length} writers synced`);

    const paragraphOf = (writer: Writer): Y.XmlText | undefined => {
      const body = writer.doc.getXmlFragment(articleDocumentKeys.body);
      const block = body.get((writer.index % writersPerArticle) % Math.max(1, body.length));
      const first = block instanceof Y.XmlElement ? block.get(0) : undefined;
      return first instanceof Y.XmlText ? first : undefined;
    };

    // The writers share one process: its own stalls add to every delay measured, so they are shown.
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    const cpuBefore = desks.map((desk) => cpuSeconds(desk.pid));
    const startedAt = performance.now();
    measuring = true;
    let typing = true;
    const type = async (writer: Writer): Promise<number> => {
      let words = 0;
      // Started out of step, as people are.
      await sleep(Math.random() * wordEveryMs);
      while (typing) {
        const text = paragraphOf(writer);
        if (text) {
          const marker = `w${writer.index}n${words}`;
          typedAt.set(marker, performance.now());
          text.insert(text.length, ` ${marker}`);
          words += 1;
        }
        await sleep(wordEveryMs * (0.75 + Math.random() / 2));
      }
      return words;
    };

    // Presence while everyone types: the first writer of an article moves their caret; the
    // second (on the other process) waits to see it.
    const presenceDelays: number[] = [];
    const measurePresence = async (): Promise<void> => {
      const mover = writers[0]!;
      const watcher = writers[1]!;
      const text = paragraphOf(mover);
      if (!text) return;
      for (let sample = 0; sample < presenceSamples && typing; sample += 1) {
        const position = Y.relativePositionToJSON(
          Y.createRelativePositionFromTypeIndex(text, Math.min(sample, text.length)),
        ) as Record<string, unknown>;
        const cursor = { anchor: position, head: position };
        const sessionId = `bench-caret-${sample}`;
        const start = performance.now();
        mover.provider.setAwarenessField('sessions', [{ id: sessionId, cursor }]);
        await until(
          () =>
            [...watcher.provider.awareness!.getStates().values()].some((state) =>
              (state['sessions'] as { id?: string }[] | undefined)?.some(
                (session) => session.id === sessionId,
              ),
            ),
          'a caret on the other process',
        );
        presenceDelays.push(performance.now() - start);
        await sleep(250);
      }
    };

    const typed$ = Promise.all(writers.map((writer) => type(writer)));
    const presence$ = measurePresence();
    await sleep(typingSeconds * 1000);
    const memory = desks.map((desk) => readProcessMemory(desk.pid));
    typing = false;
    const words = (await typed$).reduce((sum, count) => sum + count, 0);
    await presence$;
    const seconds = (performance.now() - startedAt) / 1000;
    const cpu = desks.map((desk, index) => (cpuSeconds(desk.pid) - cpuBefore[index]!) / seconds);
    stalls.disable();
    const stallP99Ms = stalls.percentile(99) / 1e6;
    const stallMaxMs = stalls.max / 1e6;
    // The last words still on their way.
    await sleep(2_000);
    measuring = false;

    // Each word reaches the writers of its article on the other process: two or three of them.
    const expected = [...typedAt.keys()].reduce((sum, marker) => {
      const from = Number(/^w(\d+)/.exec(marker)?.[1]);
      const article = Math.floor(from / writersPerArticle);
      return (
        sum +
        writers.filter(
          (writer) =>
            Math.floor(writer.index / writersPerArticle) === article && writer.desk !== from % 2,
        ).length
      );
    }, 0);
    const delivery = summarize(delays);
    const presence = summarize(presenceDelays);
    benchLog(
      'desk',
      `scale-out: ${words} words, ${deliveries}/${expected} cross-process deliveries, p50 ${delivery.p50.toFixed(1)} ms, p95 ${delivery.p95.toFixed(1)} ms; presence p50 ${presence.p50.toFixed(1)} ms`,
    );
    const load = `${writerCount} writers, ${articleCount} articles, ${typingSeconds} s, a word every ~${wordEveryMs} ms each; desks, Redis, PostgreSQL and all writers on this machine`;
    return [
      {
        key: 'desk.scaleOut.delivery.p50',
        label: `a word typed on one desk process at a writer on the other (${writerCount} writers, Redis), p50`,
        value: delivery.p50,
        unit: 'ms',
        note: `${deliveries} of ${expected} cross-process deliveries of ${words} words; ${load}; the writers' own event loop stalled up to ${stallMaxMs.toFixed(0)} ms (p99 ${stallP99Ms.toFixed(0)} ms)`,
      },
      {
        key: 'desk.scaleOut.delivery.p95',
        label: `a word typed on one desk process at a writer on the other (${writerCount} writers, Redis), p95`,
        value: delivery.p95,
        unit: 'ms',
      },
      {
        key: 'desk.scaleOut.cpu',
        label: 'desk process CPU while they type (each of two)',
        value: Math.max(...cpu) * 100,
        unit: '% of a core',
        note: `per process: ${cpu.map((share) => `${(share * 100).toFixed(0)}%`).join(', ')} (/proc/<pid>/stat over ${seconds.toFixed(0)} s)`,
      },
      {
        key: 'desk.scaleOut.rss',
        label: 'desk process memory while they type (each of two)',
        value: Math.max(...memory.map((entry) => entry.rssMb)),
        unit: 'MiB',
        note: `RSS per process: ${memory.map((entry) => entry.rssMb.toFixed(0)).join(', ')} MiB; peak ${Math.max(...memory.map((entry) => entry.peakMb)).toFixed(0)} MiB`,
      },
      {
        key: 'desk.scaleOut.presence.p50',
        label: 'a caret moved on one desk process, seen on the other (while they type), p50',
        value: presence.p50,
        unit: 'ms',
        note: `${presenceDelays.length} caret moves`,
      },
      {
        key: 'desk.scaleOut.presence.p95',
        label: 'a caret moved on one desk process, seen on the other (while they type), p95',
        value: presence.p95,
        unit: 'ms',
      },
    ];
  } finally {
    for (const writer of writers) {
      writer.provider.destroy();
      writer.socket.destroy();
    }
    for (const desk of desks) await desk.stop();
    await redis.stop();
    await cluster.stop();
  }
}
