import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommentService } from '../../electron/services/comments/commentService';
import { DeskAgent } from '../../electron/services/desk/deskAgent';
import { isVectorCovered } from '../../electron/services/desk/deskStoredMessage';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openPostgresDeskStore } from '../../electron/services/desk/openPostgresDeskStore';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import { readArticleComments } from '../../shared/desk/articleComments';
import { readArticleDocument } from '../../shared/desk/articleDocument';
import { articleDocumentName } from '../../shared/desk/deskDocumentName';
import { makeTempDir } from '../support/galleyServer';
import { runCliCaptured } from '../support/runCliCaptured';
import { startDeskProcess, type DeskProcess } from '../support/startDeskProcess';
import { startDeskProxy, type DeskProxy } from '../support/startDeskProxy';
import { startPostgres, type PostgresCluster } from '../support/startPostgres';
import { startRedis, type RedisServer } from '../support/startRedis';
import { doc, paragraph, text } from '../support/tiptapNodes';
import { connectToDesk, waitFor, type DeskConnection } from './connectToDesk';
import { paragraphTexts } from './paragraphTexts';

const writers = ['first', 'second', 'third'] as const;

// Two threads on one commented article: one opened in calm, one just before a desk process dies.
const threadId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';
const lateThreadId = '01JF3Q6X8ZC1V7M2N4P5R6S7TA';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const portOf = (url: string): number => Number(new URL(url).port);

describe('desk processes over one PostgreSQL, sharing through Redis', () => {
  let dir: string;
  let cluster: PostgresCluster;
  let redis: RedisServer;
  let proxy: DeskProxy;
  const desks: DeskProcess[] = [];
  const tokens = new Map<string, string>();
  const userIds = new Map<string, string>();
  const libraries: Library[] = [];
  const agents: DeskAgent[] = [];
  const connections: DeskConnection[] = [];

  /** The threads as the desk's PostgreSQL holds them in the article's document. */
  const storedThreads = async (id: string) => {
    const store = await openPostgresDeskStore(cluster.url);
    try {
      const state = new Y.Doc();
      Y.applyUpdate(state, (await store.loadDocument(articleDocumentName(id)))!);
      return readArticleComments(state);
    } finally {
      await store.close();
    }
  };
  /** The rows a workstation keeps in its library's `article_comments`, oldest first. */
  const commentRows = (library: Library, id: string) =>
    library.db
      .prepare<[string], { id: string; thread_id: string; author: string; body: string }>(
        'SELECT id, thread_id, author, body FROM article_comments WHERE article_id = ? ORDER BY created_at, id',
      )
      .all(id);

  beforeAll(async () => {
    dir = makeTempDir('galley-desk-scale-');
    [cluster, redis] = await Promise.all([startPostgres(), startRedis()]);
    const store = await openPostgresDeskStore(cluster.url);
    for (const name of writers) {
      const { user, token } = await addDeskUser(store, name, 'editor', Date.now());
      tokens.set(name, token);
      userIds.set(name, user.id);
    }
    tokens.set('intern', (await addDeskUser(store, 'intern', 'editor', Date.now())).token);
    await store.close();
    for (let index = 0; index < 2; index += 1)
      desks.push(await startDeskProcess(cluster.url, 0, ['--redis', redis.url]));
    proxy = await startDeskProxy(
      desks.map((desk) => ({ host: '127.0.0.1', port: portOf(desk.url) })),
    );
  }, 90_000);

  afterAll(async () => {
    for (const connection of connections) connection.destroy();
    for (const agent of agents) await agent.stop();
    for (const library of libraries) library.close();
    await proxy?.stop();
    for (const desk of desks) await desk.stop('SIGKILL');
    await redis?.stop();
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('merges two processes storing one document at once: neither write is lost', async () => {
    const [one, two] = await Promise.all([
      openPostgresDeskStore(cluster.url),
      openPostgresDeskStore(cluster.url),
    ]);
    try {
      const name = articleDocumentName('01J00000000000000000000000');
      const states = ['из первого процесса', 'из второго процесса'].map((words) => {
        const state = new Y.Doc();
        state.getText('headline').insert(0, words);
        return state;
      });
      // Rounds of simultaneous stores, each process always writing only what it holds itself.
      for (let round = 0; round < 5; round += 1) {
        states.forEach((state, index) =>
          state.getText('lede').insert(0, `${index === 0 ? 'a' : 'b'}${round} `),
        );
        const vectors = await Promise.all([
          one.storeDocument(name, Y.encodeStateAsUpdate(states[0]!), Date.now()),
          two.storeDocument(name, Y.encodeStateAsUpdate(states[1]!), Date.now()),
        ]);
        // What each store says it holds covers what it was given.
        states.forEach((state, index) =>
          expect(isVectorCovered(Y.encodeStateVector(state), vectors[index]!)).toBe(true),
        );
      }
      const stored = new Y.Doc();
      Y.applyUpdate(stored, (await one.loadDocument(name))!);
      const headline = stored.getText('headline').toJSON();
      expect(headline).toContain('из первого процесса');
      expect(headline).toContain('из второго процесса');
      const lede = stored.getText('lede').toJSON();
      for (let round = 0; round < 5; round += 1) {
        expect(lede).toContain(`a${round} `);
        expect(lede).toContain(`b${round} `);
      }
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  let articleId = '';

  it('carries edits between three workstations joined through one address to two processes', async () => {
    for (const name of writers) {
      const library = openLibrary(path.join(dir, `${name}.galley`), { actor: name });
      libraries.push(library);
      const agent = new DeskAgent({
        library,
        url: proxy.url,
        token: tokens.get(name)!,
        pollMs: 100,
      });
      agents.push(agent);
      agent.start();
    }
    // Not sticky, in turn: the first and third workstation on one process, the second on the other.
    const [portA, portB] = desks.map((desk) => portOf(desk.url));
    await waitFor(
      () => proxy.openWebSockets().get(portA!) === 2 && proxy.openWebSockets().get(portB!) === 1,
      'the workstations spread over both desk processes',
      30_000,
    );

    const article = libraries[0]!.articles.create(
      {
        headline: 'Хроника',
        body: doc(...writers.map((name) => paragraph(text(`${name}:`)))),
      },
      'first',
    );
    articleId = article.id;
    await waitFor(
      () => libraries.every((library) => library.articles.get(article.id) !== undefined),
      'the article on every workstation',
      30_000,
    );
    // Each workstation writes in its own paragraph; everyone gets every paragraph.
    for (const [index, name] of writers.entries()) {
      const library = libraries[index]!;
      const paragraphs = paragraphTexts(library.articles.get(article.id)?.body);
      paragraphs[index] = `${name}: привет от ${name}`;
      library.articles.update(
        article.id,
        { body: doc(...paragraphs.map((words) => paragraph(text(words)))) },
        name,
      );
    }
    const expected = writers.map((name) => `${name}: привет от ${name}`);
    await waitFor(
      () =>
        libraries.every(
          (library) =>
            JSON.stringify(paragraphTexts(library.articles.get(article.id)?.body)) ===
            JSON.stringify(expected),
        ),
      'every workstation to hold all three paragraphs',
      30_000,
    );
    await waitFor(
      () => agents.every((agent) => agent.status().pending === 0),
      'every workstation to count its edits stored',
      30_000,
    );
    // The change log has each person, whichever process took their edit.
    const store = await openPostgresDeskStore(cluster.url);
    try {
      // Each process writes its log in batches every 250 ms.
      const deadline = Date.now() + 10_000;
      let logged: { userId: string; count: number }[] = [];
      while (Date.now() < deadline) {
        logged = await store.countChanges(articleDocumentName(article.id));
        if (logged.length === writers.length) break;
        await sleep(100);
      }
      expect(logged.map((entry) => entry.userId).sort()).toEqual(
        writers.map((name) => userIds.get(name)!).sort(),
      );
    } finally {
      await store.close();
    }
  }, 120_000);

  let commentedId = '';

  it('carries a thread opened through one process, and its reply through the other, to all three workstations', async () => {
    // The first and third workstation are on one process, the second on the other.
    const article = libraries[0]!.articles.create(
      {
        headline: 'Рынок труда',
        body: doc(
          paragraph(
            text('Безработица выросла на '),
            text('сорок процентов', { type: 'commentAnchor', attrs: { id: threadId } }),
            text(' за год, сказал '),
            text('министр', { type: 'commentAnchor', attrs: { id: lateThreadId } }),
            text('.'),
          ),
        ),
      },
      'first',
    );
    commentedId = article.id;
    new CommentService(libraries[0]!, 'first').open({
      articleId: article.id,
      id: threadId,
      body: 'Откуда цифра?',
      quotedText: 'сорок процентов',
      quoteId: null,
    });
    await waitFor(
      () => libraries[1]!.articles.comments.threads(article.id).length === 1,
      'the thread on the workstation of the other process',
      30_000,
    );
    new CommentService(libraries[1]!, 'second').reply(threadId, 'Из отчёта Росстата за март.');
    await waitFor(
      () =>
        libraries.every(
          (library) => library.articles.comments.threads(article.id)[0]?.replies.length === 1,
        ),
      'the reply on every workstation',
      30_000,
    );
    for (const library of libraries) {
      const [thread] = library.articles.comments.threads(article.id);
      expect(thread).toMatchObject({
        id: threadId,
        author: 'first',
        body: 'Откуда цифра?',
        quotedText: 'сорок процентов',
        orphaned: false,
        resolved: false,
      });
      expect(thread?.replies.map((reply) => [reply.author, reply.body])).toEqual([
        ['second', 'Из отчёта Росстата за март.'],
      ]);
      // The library's own table, which "My queue" and the comments panel read.
      const rows = commentRows(library, article.id);
      expect(rows.map((row) => [row.thread_id, row.author, row.body])).toEqual([
        [threadId, 'first', 'Откуда цифра?'],
        [threadId, 'second', 'Из отчёта Росстата за март.'],
      ]);
    }
    // The desk's copy: each process stored what its own workstation wrote.
    await waitFor(
      () => agents.every((agent) => agent.status().pending === 0),
      'every workstation to count its comments stored',
      30_000,
    );
    const deadline = Date.now() + 10_000;
    let stored = await storedThreads(article.id);
    while (stored[0]?.replies.length !== 1 && Date.now() < deadline) {
      await sleep(100);
      stored = await storedThreads(article.id);
    }
    expect(stored.map((thread) => [thread.id, thread.body, thread.replies.length])).toEqual([
      [threadId, 'Откуда цифра?', 1],
    ]);
  }, 120_000);

  it('shows an awareness state set through one process to a client of the other', async () => {
    const name = articleDocumentName(articleId);
    const onA = connectToDesk(desks[0]!.url, tokens.get('first')!, name);
    const onB = connectToDesk(desks[1]!.url, tokens.get('second')!, name);
    connections.push(onA, onB);
    await Promise.all([onA.synced, onB.synced]);
    // A workstation publishes its open editors; the desk stamps the person it verified.
    onA.provider.setAwarenessField('sessions', [{ id: 'first-window', cursor: null }]);
    await waitFor(
      () =>
        [...onB.provider.awareness!.getStates().values()].some(
          (state) => (state['user'] as { name?: string } | undefined)?.name === 'first',
        ),
      'the awareness state on the other process',
      20_000,
    );
    // Leaving clears it there too, at once: left to awareness's own timeout it would take 30 s.
    onA.destroy();
    await waitFor(
      () =>
        ![...onB.provider.awareness!.getStates().values()].some(
          (state) => (state['user'] as { name?: string } | undefined)?.name === 'first',
        ),
      'the awareness state to go when its client leaves',
      15_000,
    );
  }, 90_000);

  it('cuts a revoked person off on every process', async () => {
    const name = articleDocumentName(articleId);
    const onEach = desks.map((desk) => connectToDesk(desk.url, tokens.get('intern')!, name));
    connections.push(...onEach);
    await Promise.all(onEach.map((connection) => connection.synced));
    const store = await openPostgresDeskStore(cluster.url);
    try {
      await store.revokeUser('intern', Date.now());
    } finally {
      await store.close();
    }
    const closed = await Promise.all(onEach.map((connection) => connection.closed));
    expect(closed.map((event) => event.reason)).toEqual(['revoked token', 'revoked token']);
    // And neither process lets them back in.
    for (const desk of desks) {
      const again = connectToDesk(desk.url, tokens.get('intern')!, name);
      connections.push(again);
      await expect(again.synced).rejects.toThrow('revoked token');
      again.destroy();
    }
  }, 60_000);

  it('lives through a Redis restart: each process serves on, and edits made apart meet after', async () => {
    const edit = (index: number, words: string) => {
      const library = libraries[index]!;
      const paragraphs = paragraphTexts(library.articles.get(articleId)?.body);
      paragraphs[index] = `${paragraphs[index]} ${words}`;
      library.articles.update(
        articleId,
        { body: doc(...paragraphs.map((line) => paragraph(text(line)))) },
        writers[index]!,
      );
    };
    // The first workstation is on one process, the second on the other.
    await redis.restart(async () => {
      edit(0, 'без-redis');
      edit(1, 'без-redis');
      // Each process stores its own workstation's edit without Redis.
      await waitFor(
        () => agents.every((agent) => agent.status().pending === 0),
        'each workstation to count its edit stored while Redis is down',
        30_000,
      );
    });
    const expected = writers.map(
      (name, index) => `${name}: привет от ${name}${index < 2 ? ' без-redis' : ''}`,
    );
    await waitFor(
      () =>
        libraries.every(
          (library) =>
            JSON.stringify(paragraphTexts(library.articles.get(articleId)?.body)) ===
            JSON.stringify(expected),
        ),
      'the edits made apart to reach every workstation once Redis is back',
      30_000,
    );
    for (const desk of desks) expect(() => process.kill(desk.pid, 0)).not.toThrow();
  }, 90_000);

  it('moves the clients of a desk process killed with -9 to the other, losing nothing', async () => {
    const [portA, portB] = desks.map((desk) => portOf(desk.url));
    expect(proxy.openWebSockets().get(portA!)).toBeGreaterThan(0);

    const acknowledged = new Map<string, string[]>(writers.map((name) => [name, []]));
    let writing = true;
    const write = async (index: number) => {
      const name = writers[index]!;
      const library = libraries[index]!;
      for (let n = 0; writing; n += 1) {
        const paragraphs = paragraphTexts(library.articles.get(articleId)?.body);
        const word = ` ${name[0]}${n}`;
        paragraphs[index] = `${paragraphs[index] ?? `${name}:`}${word}`;
        library.articles.update(
          articleId,
          { body: doc(...paragraphs.map((words) => paragraph(text(words)))) },
          name,
        );
        acknowledged.get(name)!.push(word.trim());
        await sleep(20 + index * 5);
      }
    };
    const writing$ = Promise.all(writers.map((_, index) => write(index)));
    await sleep(1_500);
    // A thread and its reply written on the two workstations of the process about to die, the
    // reply so near the kill that the desk may never have had it.
    new CommentService(libraries[0]!, 'first').open({
      articleId: commentedId,
      id: lateThreadId,
      body: 'Какой министр?',
      quotedText: 'министр',
      quoteId: null,
    });
    await waitFor(
      () => libraries[2]!.articles.comments.has(lateThreadId),
      'the late thread on the third workstation',
      30_000,
    );
    new CommentService(libraries[2]!, 'third').reply(lateThreadId, 'Министр труда, Котяков.');
    await desks[0]!.stop('SIGKILL');
    await sleep(2_000);
    writing = false;
    await writing$;

    const converged = () => {
      const bodies = libraries.map((library) =>
        JSON.stringify(library.articles.get(articleId)?.body),
      );
      return (
        bodies.every((body) => body === bodies[0]) &&
        agents.every((agent) => agent.status().pending === 0)
      );
    };
    await waitFor(converged, 'the workstations to converge on the surviving process', 90_000);
    const lateThread = (library: Library) =>
      library.articles.comments.threads(commentedId).find((thread) => thread.id === lateThreadId);
    await waitFor(
      () => libraries.every((library) => lateThread(library)?.replies.length === 1),
      'the thread opened before the kill, with its reply, on every workstation',
      60_000,
    );
    for (const library of libraries) {
      expect(lateThread(library)).toMatchObject({
        author: 'first',
        body: 'Какой министр?',
        quotedText: 'министр',
        orphaned: false,
      });
      expect(lateThread(library)?.replies.map((reply) => [reply.author, reply.body])).toEqual([
        ['third', 'Министр труда, Котяков.'],
      ]);
      expect(commentRows(library, commentedId).map((row) => row.body)).toEqual([
        'Откуда цифра?',
        'Из отчёта Росстата за март.',
        'Какой министр?',
        'Министр труда, Котяков.',
      ]);
    }
    await waitFor(
      () => agents.every((agent) => agent.status().pending === 0),
      'every workstation to count the late thread stored',
      30_000,
    );
    const commentDeadline = Date.now() + 10_000;
    let storedLate = (await storedThreads(commentedId)).find(
      (thread) => thread.id === lateThreadId,
    );
    while (storedLate?.replies.length !== 1 && Date.now() < commentDeadline) {
      await sleep(100);
      storedLate = (await storedThreads(commentedId)).find((thread) => thread.id === lateThreadId);
    }
    expect(storedLate).toMatchObject({ body: 'Какой министр?' });
    expect(storedLate?.replies.map((reply) => reply.body)).toEqual(['Министр труда, Котяков.']);
    // Everyone is on the surviving process now, through the same address.
    expect(proxy.openWebSockets().get(portA!) ?? 0).toBe(0);
    expect(proxy.openWebSockets().get(portB!)).toBe(writers.length);

    const final = paragraphTexts(libraries[0]!.articles.get(articleId)?.body);
    const store = await openPostgresDeskStore(cluster.url);
    let stored: string[];
    try {
      const state = new Y.Doc();
      Y.applyUpdate(state, (await store.loadDocument(articleDocumentName(articleId)))!);
      stored = paragraphTexts(readArticleDocument(state)?.body);
    } finally {
      await store.close();
    }
    expect(stored).toEqual(final);
    for (const [index, name] of writers.entries()) {
      const words = final[index]!.split(' ').filter((word) => /^[a-z]\d+$/.test(word));
      console.log(
        `two desk processes, one killed: ${name} acknowledged ${acknowledged.get(name)!.length} changes, lost ${acknowledged.get(name)!.filter((word) => !words.includes(word)).length}`,
      );
      // Exactly what was typed, in order, once each.
      expect(words).toEqual(acknowledged.get(name));
    }
  }, 180_000);
});

describe('galley desk --redis', () => {
  it('refuses a SQLite store, which desk processes on several machines cannot share', async () => {
    const dir = makeTempDir('galley-desk-redis-sqlite-');
    try {
      const run = await runCliCaptured([
        'desk',
        '--database',
        path.join(dir, 'desk.sqlite'),
        '--redis',
        'redis://127.0.0.1:6379/0',
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--redis needs a PostgreSQL desk store');
      expect(fs.existsSync(path.join(dir, 'desk.sqlite'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
