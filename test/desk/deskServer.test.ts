import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../shared/desk/deskDocumentName';
import type { DeskStore } from '../../electron/services/desk/deskStore';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { startDeskServer, type DeskServer } from '../../electron/services/desk/startDeskServer';
import { makeTempDir } from '../support/galleyServer';
import { startPostgres, type PostgresCluster } from '../support/startPostgres';
import { connectToDesk, waitFor, type DeskConnection } from './connectToDesk';

const article = articleDocumentName('01JF3Q6X8ZC1V7M2N4P5R6S7T8');

describe.each(['sqlite', 'postgres'] as const)('the desk server on %s', (kind) => {
  let dir: string;
  let cluster: PostgresCluster | undefined;
  let database: string;
  let store: DeskStore;
  let desk: DeskServer;
  let anna: string;
  let boris: string;
  const open: DeskConnection[] = [];

  const startDesk = () =>
    startDeskServer({
      store,
      port: 0,
      host: '127.0.0.1',
      maxMessageBytes: 256 * 1024,
      revocationCheckMs: 0,
    });
  const connect = (token: string, name = article): DeskConnection => {
    const connection = connectToDesk(desk.url, token, name);
    open.push(connection);
    return connection;
  };

  beforeAll(async () => {
    dir = makeTempDir('galley-desk-');
    if (kind === 'postgres') {
      cluster = await startPostgres();
      database = cluster.url;
    } else database = path.join(dir, 'desk.sqlite');
    store = await openDeskStore(database);
    anna = (await addDeskUser(store, 'Анна Петрова', 'editor', Date.now())).token;
    boris = (await addDeskUser(store, 'Boris Ivanov', 'fact-checker', Date.now())).token;
    desk = await startDesk();
  }, 60_000);

  afterAll(async () => {
    for (const connection of open) connection.destroy();
    await desk.close();
    await store.close();
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('merges two people’s edits and records who sent each one', async () => {
    const first = connect(anna);
    const second = connect(boris);
    await Promise.all([first.synced, second.synced]);
    first.doc.getText('headline').insert(0, 'Кластер');
    second.doc.getText('lede').insert(0, 'Lede from Boris');
    await waitFor(
      () =>
        second.doc.getText('headline').toJSON() === 'Кластер' &&
        first.doc.getText('lede').toJSON() === 'Lede from Boris',
      'both edits on both sides',
    );
    const users = await store.listUsers();
    const idOf = (name: string) => users.find((user) => user.name === name)?.id;
    // The change log is written in batches, a quarter of a second apart.
    await expect
      .poll(() => store.countChanges(article), { timeout: 5_000 })
      .toEqual(
        [
          { userId: idOf('Анна Петрова'), count: 1 },
          { userId: idOf('Boris Ivanov'), count: 1 },
        ].sort((a, b) => String(a.userId).localeCompare(String(b.userId))),
      );
  });

  it('keeps documents in its store across a restart', async () => {
    const writer = connect(anna);
    await writer.synced;
    writer.doc.getText('body').insert(0, 'сохранено');
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the desk to acknowledge');
    writer.destroy();
    await desk.close();
    desk = await startDesk();
    const reader = connect(boris);
    await reader.synced;
    expect(reader.doc.getText('body').toJSON()).toBe('сохранено');
    const listed = await fetch(`${desk.url.replace('ws:', 'http:')}/documents`, {
      headers: { Authorization: `Bearer ${boris}` },
    });
    expect(listed.status).toBe(200);
    const { documents } = (await listed.json()) as { documents: { name: string }[] };
    expect(documents.map((document) => document.name)).toEqual([article]);
  });

  it.each([
    ['no token', () => '', 'missing token'],
    ['an unknown token', () => 'gly_not-a-real-token', 'unknown token'],
  ])('refuses %s', async (_label, token, reason) => {
    await expect(connect(token()).synced).rejects.toThrow(reason);
  });

  it('refuses a path-like or oversized document name', async () => {
    await expect(connect(anna, '../../etc/passwd').synced).rejects.toThrow('invalid document name');
    await expect(connect(anna, `article:${'0'.repeat(5_000)}`).synced).rejects.toThrow(
      'invalid document name',
    );
  });

  it('refuses the document list without a valid token', async () => {
    const response = await fetch(`${desk.url.replace('ws:', 'http:')}/documents`);
    expect(response.status).toBe(401);
  });

  it('closes a connection that sends an oversized update and keeps serving the others', async () => {
    const bystander = connect(boris);
    const attacker = connect(anna);
    await Promise.all([bystander.synced, attacker.synced]);
    attacker.doc.getText('body').insert(0, 'x'.repeat(300 * 1024));
    expect((await attacker.closed).code).toBe(1009);
    attacker.destroy();
    bystander.doc.getText('note').insert(0, 'still here');
    const witness = connect(anna);
    await witness.synced;
    await waitFor(() => witness.doc.getText('note').toJSON() === 'still here', 'the bystander');
    expect(witness.doc.getText('body').toJSON()).not.toContain('xxxx');
  });

  it('survives a malformed message and keeps serving the others', async () => {
    const bystander = connect(boris);
    await bystander.synced;
    const raw = new WebSocket(desk.url);
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02]));
    raw.send(Buffer.from('not a yjs message at all'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    raw.close();
    bystander.doc.getText('after-garbage').insert(0, 'ok');
    const witness = connect(anna);
    await witness.synced;
    await waitFor(() => witness.doc.getText('after-garbage').toJSON() === 'ok', 'the bystander');
  });

  it('cuts off an idle person whose token is revoked', async () => {
    const { token } = await addDeskUser(store, `Idle ${kind}`, 'editor', Date.now());
    const idle = connect(token);
    await idle.synced;
    await store.revokeUser(`Idle ${kind}`, Date.now());
    expect((await idle.closed).reason).toBe('revoked token');
  });

  it('cuts off a person whose token is revoked, even mid-session', async () => {
    const { token } = await addDeskUser(store, `Leaving ${kind}`, 'editor', Date.now());
    const leaving = connect(token);
    await leaving.synced;
    await store.revokeUser(`Leaving ${kind}`, Date.now());
    leaving.doc.getText('body').insert(0, 'after revocation');
    expect((await leaving.closed).reason).toBe('revoked token');
    await expect(connect(token).synced).rejects.toThrow('revoked token');
    const witness = connect(anna);
    await witness.synced;
    expect(witness.doc.getText('body').toJSON()).not.toContain('after revocation');
  });

  it('merges a state built offline the way Yjs merges, never overwriting', async () => {
    const offline = new Y.Doc();
    offline.getText('offline').insert(0, 'typed on the train');
    const online = connect(boris);
    await online.synced;
    online.doc.getText('offline').insert(0, 'typed at the desk / ');
    const joining = connect(anna);
    Y.applyUpdate(joining.doc, Y.encodeStateAsUpdate(offline));
    await joining.synced;
    await waitFor(
      () =>
        online.doc.getText('offline').toJSON() === joining.doc.getText('offline').toJSON() &&
        online.doc.getText('offline').toJSON().length ===
          'typed on the train'.length + 'typed at the desk / '.length,
      'both texts in one',
    );
  });

  it('names who wrote each change itself, and refuses writing under someone else’s name', async () => {
    const honest = connect(anna);
    await honest.synced;
    honest.doc.getText('signed').insert(0, 'Анна пишет');
    await waitFor(() => !honest.provider.hasUnsyncedChanges, 'the desk to take Anna’s words');
    const forger = connect(boris);
    await forger.synced;
    await waitFor(
      () => forger.doc.getMap('deskAuthors').get(String(honest.doc.clientID)) === 'Анна Петрова',
      'the desk’s stamp for Anna',
    );
    // A forged stamp in the authors map is put back by the desk.
    forger.doc.getMap('deskAuthors').set(String(forger.doc.clientID), 'Анна Петрова');
    await waitFor(
      () => honest.doc.getMap('deskAuthors').get(String(forger.doc.clientID)) === 'Boris Ivanov',
      'the forged stamp corrected',
    );
    // Writing new text under Anna's client id is refused; the desk keeps serving Anna.
    const impostor = connect(boris);
    await impostor.synced;
    impostor.doc.clientID = honest.doc.clientID;
    impostor.doc.getText('signed').insert(0, 'подделка ');
    expect((await impostor.closed).reason).toBe('update under another person’s client id');
    impostor.destroy();
    honest.doc.getText('signed').insert(honest.doc.getText('signed').length, ' дальше');
    const witness = connect(boris);
    await witness.synced;
    await waitFor(
      () => witness.doc.getText('signed').toJSON() === 'Анна пишет дальше',
      'Anna’s words only',
    );
  });
});
