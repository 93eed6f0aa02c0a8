import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/apiContract';
import type { ApiResult } from '../../shared/api/apiResult';
import type { PresenceCursor } from '../../shared/desk/presenceSchema';
import { DeskAgent } from '../../electron/services/desk/deskAgent';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import { makeTempDir, startGalleyServer, type GalleyServer } from '../support/galleyServer';
import { startDeskProcess, type DeskProcess } from '../support/startDeskProcess';
import { connectToDesk, waitFor } from './connectToDesk';

/** A caret after the body's first character, in the shape the editor's cursor plugin sends. */
const caret: PresenceCursor = {
  anchor: { type: null, tname: 'body', item: { client: 7, clock: 3 }, assoc: 0 },
  head: { type: null, tname: 'body', item: { client: 7, clock: 3 }, assoc: 0 },
};

/** One call to a `galley serve` workstation's API, as the browser makes it. */
async function call<T>(server: GalleyServer, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': server.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as ApiResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

describe('presence between two workstations on a desk process', () => {
  let dir: string;
  let desk: DeskProcess;
  let tokens: { anna: string; boris: string };
  let library: Library;
  let agent: DeskAgent;
  let boris: GalleyServer | undefined;

  beforeAll(async () => {
    dir = makeTempDir('galley-presence-');
    const database = path.join(dir, 'desk.sqlite');
    const store = await openDeskStore(database);
    tokens = {
      anna: (await addDeskUser(store, 'Анна Петрова', 'editor', Date.now())).token,
      boris: (await addDeskUser(store, 'Борис Иванов', 'fact-checker', Date.now())).token,
    };
    await store.close();
    desk = await startDeskProcess(database);
  });

  afterAll(async () => {
    await agent.stop();
    library.close();
    await boris?.stop('SIGKILL');
    await desk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'crosses both ways with names and carets, and goes when a person leaves or is killed',
    { timeout: 120_000 },
    async () => {
      // Anna's workstation runs in this process; Boris's is `galley serve`, a process to kill.
      library = openLibrary(path.join(dir, 'anna.galley'), { actor: 'Анна' });
      agent = new DeskAgent({ library, url: desk.url, token: tokens.anna, pollMs: 100 });
      agent.start();
      const article = library.articles.create({ headline: 'Мост откроют в мае' }, 'Анна');
      boris = await startGalleyServer(path.join(dir, 'boris.galley'));
      const joined = await call<ApiOutput<'desk:join'>>(boris, 'desk:join', {
        url: desk.url,
        token: tokens.boris,
      });
      expect(joined.problem).toBeNull();
      const borisServer = boris;
      const borisHas = async (): Promise<boolean> =>
        (await call<ApiOutput<'articles:list'>>(borisServer, 'articles:list', {})).articles.some(
          (item) => item.id === article.id,
        );
      await waitForAsync(borisHas, 'the article on Boris’s workstation', 30_000);

      // Each opens the article in an editor; Boris's caret is in the body.
      const annaSees = async () =>
        (await agent.presence.update(article.id, 'anna-window-1', null, 0, 0)).people;
      // Each time the article opens, the editor is a new session.
      let borisSession = 'boris-window-1';
      const borisSees = async () =>
        (
          await call<ApiOutput<'presence:update'>>(borisServer, 'presence:update', {
            id: article.id,
            session: borisSession,
            cursor: caret,
            since: 0,
            waitMs: 0,
          })
        ).people;
      await annaSees();
      await waitForAsync(
        async () => (await borisSees()).some((person) => person.name === 'Анна Петрова'),
        'Anna in Boris’s editor',
      );
      await waitForAsync(
        async () => (await annaSees()).some((person) => person.name === 'Борис Иванов'),
        'Boris in Anna’s editor',
      );
      const seenByAnna = await annaSees();
      expect(seenByAnna).toEqual([
        expect.objectContaining({
          name: 'Борис Иванов',
          role: 'fact-checker',
          colour: expect.stringMatching(/^#[0-9a-f]{6}$/) as unknown,
          cursor: caret,
        }),
      ]);
      const seenByBoris = await borisSees();
      expect(seenByBoris).toEqual([
        expect.objectContaining({ name: 'Анна Петрова', role: 'editor', cursor: null }),
      ]);

      // The library's marker: each workstation learns who else has the article open.
      await waitFor(
        () => agent.presence.articles().some((entry) => entry.id === article.id),
        'the "editing now" marker on Anna’s workstation',
      );
      expect(agent.presence.articles()).toEqual([
        {
          id: article.id,
          people: [expect.objectContaining({ name: 'Борис Иванов', role: 'fact-checker' })],
        },
      ]);
      await waitForAsync(
        async () =>
          (
            await call<ApiOutput<'presence:articles'>>(borisServer, 'presence:articles', {})
          ).articles.some((entry) => entry.people.some((person) => person.name === 'Анна Петрова')),
        'the "editing now" marker on Boris’s workstation',
      );

      // The desk's list of who is where answers only people with a token.
      const listed = await fetch(new URL('/presence', desk.url.replace('ws://', 'http://')), {
        headers: { Authorization: `Bearer ${tokens.anna}` },
      });
      expect(listed.status).toBe(200);
      const refused = await fetch(new URL('/presence', desk.url.replace('ws://', 'http://')));
      expect(refused.status).toBe(401);

      // Boris closes the article: he is gone from Anna's editor and library at once.
      const left = await call<ApiOutput<'presence:leave'>>(borisServer, 'presence:leave', {
        id: article.id,
        session: 'boris-window-1',
      });
      expect(left.left).toBe(true);
      await waitForAsync(async () => (await annaSees()).length === 0, 'Boris gone');
      await waitFor(
        () => agent.presence.articles().length === 0,
        'the marker gone from Anna’s library',
        15_000,
      );

      // He opens it again, and his workstation freezes with its connection open (a network gone
      // quiet): he is gone once it has not said it is there for ten seconds, and back when it does.
      borisSession = 'boris-window-2';
      await borisSees();
      await waitForAsync(async () => (await annaSees()).length === 1, 'Boris back');
      const pid = boris.process.pid ?? 0;
      process.kill(pid, 'SIGSTOP');
      try {
        await waitForAsync(async () => (await annaSees()).length === 0, 'Boris stale', 20_000);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      await borisSees();
      await waitForAsync(
        async () => (await annaSees()).length === 1,
        'Boris back after the freeze',
      );

      // His workstation is killed: gone within seconds all the same.
      await boris.stop('SIGKILL');
      boris = undefined;
      await waitForAsync(async () => (await annaSees()).length === 0, 'Boris gone after the kill');
      await waitFor(
        () => agent.presence.articles().length === 0,
        'the marker gone after the kill',
        15_000,
      );

      // A workstation that claims to be someone else is shown as the person its token is.
      const forger = connectToDesk(desk.url, tokens.boris, `article:${article.id}`);
      try {
        await forger.synced;
        forger.provider.awareness?.setLocalState({
          user: { id: 'chief', name: 'Вера Соколова', role: 'chief' },
          sessions: [{ id: 'forged-session', cursor: caret }],
          extra: 'x'.repeat(1_000),
        });
        await waitForAsync(
          async () => (await annaSees()).length === 1,
          'the forger in the article',
        );
        expect(await annaSees()).toEqual([
          expect.objectContaining({ name: 'Борис Иванов', role: 'fact-checker', cursor: caret }),
        ]);
        // A malformed state is not relayed: the last good one stands until the connection goes.
        forger.provider.awareness?.setLocalState({ sessions: 'everyone' });
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect((await annaSees()).map((person) => person.name)).toEqual(['Борис Иванов']);
      } finally {
        forger.destroy();
      }
      await waitForAsync(async () => (await annaSees()).length === 0, 'the forger gone');
    },
  );
});

async function waitForAsync(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
