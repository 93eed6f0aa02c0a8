import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel } from '../../../shared/api/apiChannels';
import type { ApiInput, ApiOutput } from '../../../shared/api/apiContract';
import type { ApiHandlers } from '../api/apiHandlers';
import { createApiHandlers } from '../api/createApiHandlers';
import { dispatchApiCall } from '../api/dispatchApiCall';
import { writeCachedDeskPeople } from '../desk/deskPeople';
import { writeLibrarySetting } from '../library/librarySettings';
import { openLibrary, type Library } from '../library/openLibrary';
import { describeIdentity, readPersonName } from './workstationIdentity';

let dir: string;
let library: Library;
let handlers: ApiHandlers;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-identity-'));
  library = openLibrary(path.join(dir, 'library.sqlite'), { actor: 'root' });
  // One set of handlers for the whole test, as `galley serve` keeps one for its lifetime.
  handlers = createApiHandlers({ library, loginName: 'root', transport: 'http', appVersion: '0' });
});

afterEach(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatchApiCall(handlers, channel, input, {
    log: () => undefined,
    validateOutputs: true,
  });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ApiOutput<C>;
}

async function latestAuthor(articleId: string): Promise<string | undefined> {
  const { revisions } = await call('revisions:list', { articleId });
  return revisions[0]?.author;
}

describe('the name changes are recorded under', () => {
  it('is the login until a name is set, and says so', async () => {
    expect(await call('identity:get', {})).toEqual({
      name: null,
      loginName: 'root',
      actor: 'root',
      source: 'login',
    });
    const article = await call('articles:create', { headline: 'Первая' });
    expect(await latestAuthor(article.id)).toBe('root');
  });

  it('is the name set in Settings from the next change on, without new handlers', async () => {
    const article = await call('articles:create', { headline: 'Заметка' });
    expect(await call('identity:set', { name: '  Анна Петрова ' })).toEqual({
      name: 'Анна Петрова',
      loginName: 'root',
      actor: 'Анна Петрова',
      source: 'settings',
    });
    expect(readPersonName(library.db)).toBe('Анна Петрова');

    const edited = await call('articles:update', {
      id: article.id,
      patch: { headline: 'Заметка о транспорте' },
    });
    expect(edited.updatedBy).toBe('Анна Петрова');
    expect(await latestAuthor(article.id)).toBe('Анна Петрова');

    const moved = await call('articles:setStatus', { id: article.id, status: 'editing' });
    expect(moved.updatedBy).toBe('Анна Петрова');

    const thread = await call('comments:create', {
      articleId: article.id,
      id: '01ARZ3NDEKTSV4RRFFQ69G5FAW',
      body: 'Проверить цифры',
    });
    expect(thread.author).toBe('Анна Петрова');

    // A second name takes over at once, as the first did.
    await call('identity:set', { name: 'Борис' });
    await call('articles:saveVersion', { id: article.id, name: 'для выпуска' });
    expect(await latestAuthor(article.id)).toBe('Борис');
  });

  it('goes back to the login when the name is cleared', async () => {
    await call('identity:set', { name: 'Анна' });
    expect(await call('identity:set', { name: '   ' })).toMatchObject({
      name: null,
      actor: 'root',
      source: 'login',
    });
    const article = await call('articles:create', { headline: 'Ещё' });
    expect(await latestAuthor(article.id)).toBe('root');
  });

  it.each([
    ['two lines', 'Анна\nПетрова'],
    ['a control character', 'Анна\u0007'],
    ['too long a name', 'А'.repeat(101)],
  ])('refuses %s at the boundary, keeping the name it had', async (_what, name) => {
    await call('identity:set', { name: 'Анна' });
    const result = await dispatchApiCall(
      handlers,
      'identity:set',
      { name },
      { log: () => undefined },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(readPersonName(library.db)).toBe('Анна');
  });

  it('is the desk’s person once joined, whatever name is set', async () => {
    await call('identity:set', { name: 'Анна' });
    writeLibrarySetting(library.db, 'desk.url', 'ws://desk.example:1234');
    const desk = { id: 'u1', name: 'Анна Петрова (редакция)', role: 'editor' as const };
    writeCachedDeskPeople(library.db, { me: desk, people: [desk] });
    expect(describeIdentity(library.db, 'root')).toEqual({
      name: 'Анна',
      loginName: 'root',
      actor: desk.name,
      source: 'desk',
    });
    const article = await call('articles:create', { headline: 'Из редакции' });
    expect(await latestAuthor(article.id)).toBe(desk.name);
  });
});
