import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePersonName } from '../services/identity/workstationIdentity';
import { openLibrary } from '../services/library/openLibrary';
import { runCliCaptured } from '../../test/support/runCliCaptured';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-cli-actor-'));
const file = path.join(dir, 'library.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the CLI on a library whose person gave a name in Settings', () => {
  it('records its changes under that name, not the login', async () => {
    const listed = await runCliCaptured(['list', '--library', file, '--json']);
    const [sample] = (JSON.parse(listed.stdout) as { articles: { id: string }[] }).articles;
    const library = openLibrary(file);
    writePersonName(library.db, 'Анна Петрова');
    library.close();

    const moved = await runCliCaptured([
      'status',
      sample!.id,
      'editing',
      '--library',
      file,
      '--json',
    ]);
    expect(moved.code).toBe(0);
    const reopened = openLibrary(file);
    try {
      expect(reopened.articles.get(sample!.id)?.updatedBy).toBe('Анна Петрова');
      expect(reopened.articles.revisions.list(sample!.id)[0]?.author).toBe('Анна Петрова');
    } finally {
      reopened.close();
    }
  });
});
