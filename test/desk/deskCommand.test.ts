import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../shared/desk/deskDocumentName';
import { makeTempDir, projectRoot } from '../support/galleyServer';
import { startPostgres, type PostgresCluster } from '../support/startPostgres';
import { connectToDesk } from './connectToDesk';
import { startDeskProcess } from '../support/startDeskProcess';

const run = promisify(execFile);
const galley = (args: string[]) =>
  run(process.execPath, [path.join(projectRoot, 'electron/bin/galley.mjs'), ...args], {
    cwd: projectRoot,
  });

describe.each(['sqlite', 'postgres'] as const)('galley desk on %s', (kind) => {
  let dir: string;
  let cluster: PostgresCluster | undefined;
  let database: string;

  beforeAll(async () => {
    dir = makeTempDir('galley-desk-cli-');
    if (kind === 'postgres') {
      cluster = await startPostgres();
      database = cluster.url;
    } else database = path.join(dir, 'desk.sqlite');
  });

  afterAll(async () => {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds, lists and revokes people, and the desk admits only live tokens', async () => {
    const added = await galley([
      'desk',
      'user',
      'add',
      'Мария Соколова',
      '--role',
      'fact-checker',
      '--database',
      database,
      '--json',
    ]);
    const maria = JSON.parse(added.stdout) as { name: string; role: string; token: string };
    expect(maria).toMatchObject({ name: 'Мария Соколова', role: 'fact-checker' });
    expect(maria.token).toMatch(/^gly_[\w-]{43}$/);

    await expect(
      galley(['desk', 'user', 'add', 'Мария Соколова', '--role', 'editor', '--database', database]),
    ).rejects.toMatchObject({
      stderr: 'galley: There is already a person named Мария Соколова.\n',
    });
    await expect(
      galley(['desk', 'user', 'add', 'Someone', '--role', 'intern', '--database', database]),
    ).rejects.toMatchObject({ code: 2 });

    const desk = await startDeskProcess(database);
    try {
      expect(desk.firstLine).toMatch(/^Galley desk: ws:\/\/127\.0\.0\.1:\d+$/);
      const url = desk.firstLine.slice('Galley desk: '.length);
      const name = articleDocumentName('01JF3Q6X8ZC1V7M2N4P5R6S7T8');
      const connection = connectToDesk(url, maria.token, name);
      await connection.synced;
      connection.destroy();

      await galley(['desk', 'user', 'revoke', 'Мария Соколова', '--database', database]);
      const listed = JSON.parse(
        (await galley(['desk', 'user', 'list', '--database', database, '--json'])).stdout,
      ) as { users: { name: string; revokedAt: number | null }[] };
      expect(listed.users).toHaveLength(1);
      expect(listed.users[0]?.revokedAt).toEqual(expect.any(Number));

      const refused = connectToDesk(url, maria.token, name);
      await expect(refused.synced).rejects.toThrow('revoked token');
      refused.destroy();
    } finally {
      expect(await desk.stop()).toBe(0);
    }
    // The stored token is a hash: the token itself appears nowhere in the desk's database.
    if (kind === 'sqlite') expect(fs.readFileSync(database).includes(maria.token)).toBe(false);
  });
});
