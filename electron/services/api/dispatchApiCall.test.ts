import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiChannels, type ApiChannel } from '../../../shared/api/apiChannels';
import { apiContract, type ApiInput, type ApiOutput } from '../../../shared/api/apiContract';
import { openLibrary, type Library } from '../library/openLibrary';
import type { ApiHandlers } from './apiHandlers';
import { createApiHandlers } from './createApiHandlers';
import { dispatchApiCall } from './dispatchApiCall';
import { blockDigest, bodyDigest } from '../../../shared/article/bodyDigest';
import { writeArticleDocument } from '../../../shared/desk/articleDocument';
import { replicationOf } from '../desk/articleReplication';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';

let library: Library;
let handlers: ApiHandlers;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-api-'));
  library = openLibrary(path.join(dir, 'library.sqlite'));
  handlers = createApiHandlers({
    library,
    loginName: 'tester',
    transport: 'http',
    appVersion: '0.0.0',
  });
});

afterAll(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const silent = { log: (): void => undefined };

describe('the API contract', () => {
  it('declares exactly the channels the preload allows, and every one has a handler', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...apiChannels].sort());
    for (const channel of apiChannels) expect(typeof handlers[channel], channel).toBe('function');
  });

  it('names channels domain:action (camelCase action)', () => {
    for (const channel of apiChannels) expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
  });
});

describe('dispatchApiCall', () => {
  it('answers a valid call with a value', async () => {
    const result = await dispatchApiCall(handlers, 'articles:list', {}, silent);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ total: 1 });
  });

  it.each([
    ['articles:get', { id: 42 }, /id/],
    ['articles:get', { id: '../../etc/passwd' }, /ULID/],
    ['articles:get', null, /id/],
    ['articles:list', { limit: 100000 }, /limit/],
    ['articles:list', { offset: -1 }, /offset/],
    ['articles:create', { headline: 'x'.repeat(501) }, /headline/],
    ['articles:create', { language: 'de' }, /language/],
    ['articles:create', { extra: true }, /extra|Unrecognized/i],
    [
      'articles:update',
      { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', patch: { status: 'ready' } },
      /status|Unrecognized/i,
    ],
    [
      'articles:update',
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        patch: { body: { type: 'doc', content: [{ type: 'script' }] } },
      },
      /script/,
    ],
    [
      'articles:update',
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        patch: { body: { type: 'doc', content: [{ type: 'text', text: 'bare' }] } },
      },
      /body/,
    ],
    [
      'articles:update',
      {
        id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        patch: {
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: 'x',
                    marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                  },
                ],
              },
            ],
          },
        },
      },
      /javascript/,
    ],
  ])('rejects bad input for %s (%j) with a readable message', async (channel, input, message) => {
    const result = await dispatchApiCall(handlers, channel, input, silent);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
      expect(result.error.message).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatchApiCall(handlers, 'fs:readFile', {}, silent);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown_channel' }) as unknown,
    });
  });

  it('answers not_found and conflict as values', async () => {
    const missing = await dispatchApiCall(
      handlers,
      'articles:get',
      { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      silent,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const created = await dispatchApiCall(
      handlers,
      'articles:create',
      { headline: 'Conflict' },
      silent,
    );
    if (!created.ok) throw new Error('create failed');
    const { id } = created.value as { id: string };
    await dispatchApiCall(
      handlers,
      'articles:update',
      { id, patch: { lede: 'a' }, baseVersion: 1 },
      silent,
    );
    const stale = await dispatchApiCall(
      handlers,
      'articles:update',
      { id, patch: { lede: 'b' }, baseVersion: 1 },
      silent,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('hides an internal failure behind a plain message and logs it', async () => {
    const logged: string[] = [];
    const broken = {
      ...handlers,
      'articles:list': () => {
        throw new Error('disk on fire');
      },
    };
    const result = await dispatchApiCall(
      broken,
      'articles:list',
      {},
      { log: (line) => logged.push(line) },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('disk on fire');
    expect(logged.join('')).toContain('disk on fire');
  });
});

describe('dispatchApiCall and hostile nesting', () => {
  it('answers a body nested thousands of levels deep with invalid_input, not a crash', async () => {
    let body: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let depth = 0; depth < 5000; depth += 1) body = { type: 'blockquote', content: [body] };
    const result = await dispatchApiCall(
      handlers,
      'articles:update',
      { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', patch: { body: { type: 'doc', content: [body] } } },
      silent,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

const logged: string[] = [];
const answered = new Set<ApiChannel>();

/** A call that must succeed, its value checked against the channel's output schema. */
async function call<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatchApiCall(handlers, channel, input, {
    log: (line) => logged.push(line),
    validateOutputs: true,
  });
  if (!result.ok)
    throw new Error(`${result.error.code}: ${result.error.message} ${logged.join(' ')}`);
  answered.add(channel);
  return result.value as ApiOutput<C>;
}

const anchorId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const block = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
/** The digest an editor holding exactly `blocks` sends with its changes. */
const digestOf = (blocks: readonly TiptapNode[]): string => bodyDigest(blocks.map(blockDigest));

describe('articles:autosave', () => {
  it('refuses a body change made on another version or another body, and one without a version', async () => {
    const created = library.articles.create({ headline: 'Autosave', language: 'ru' }, 'tester');
    const stored = created.body.content ?? [];
    const change = { baseCount: 1, baseDigest: digestOf(stored), start: 0, deleteCount: 1 };
    const save = (input: Record<string, unknown>) =>
      dispatchApiCall(handlers, 'articles:autosave', { id: created.id, patch: {}, ...input });
    expect(await save({ bodyChange: { ...change, blocks: [] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await save({ bodyChange: { ...change, blocks: [] }, baseVersion: created.version + 1 }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      await save({
        bodyChange: { ...change, baseCount: 2, blocks: [] },
        baseVersion: created.version,
      }),
    ).toMatchObject({ ok: false, error: { code: 'stale_base' } });
    // Every block gone leaves a body the document schema refuses, as it would whole.
    expect(
      await save({ bodyChange: { ...change, blocks: [] }, baseVersion: created.version }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(library.articles.get(created.id)?.version).toBe(created.version);
  });

  it('refuses blocks counted against another body of the same length and version, and writes nothing', async () => {
    const created = library.articles.create({ headline: 'Other base', language: 'en' }, 'tester');
    const written = library.articles.update(
      created.id,
      { body: { type: 'doc', content: [block('Typed here.'), block('And here.')] } },
      'tester',
      created.version,
    )!;
    // An editor that believes the server holds two other blocks (another article's, an older
    // copy): the count and the version match, the body does not.
    const believed = [block(''), block('')];
    const result = await dispatchApiCall(handlers, 'articles:autosave', {
      id: created.id,
      baseVersion: written.version,
      patch: {},
      bodyChange: {
        baseCount: 2,
        baseDigest: digestOf(believed),
        start: 0,
        deleteCount: 0,
        blocks: [],
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'stale_base' } });
    const after = library.articles.get(created.id)!;
    expect(after.version).toBe(written.version);
    expect(after.body.content).toEqual([block('Typed here.'), block('And here.')]);
  });

  it('splices blocks counted against the stored body, and the next change against the result', async () => {
    const created = library.articles.create({ headline: 'Splices', language: 'en' }, 'tester');
    const first = [block('One.'), block('Two.')];
    const written = library.articles.update(
      created.id,
      { body: { type: 'doc', content: first } },
      'tester',
      created.version,
    )!;
    const save = (baseVersion: number, base: TiptapNode[], start: number, blocks: TiptapNode[]) =>
      dispatchApiCall(handlers, 'articles:autosave', {
        id: created.id,
        baseVersion,
        patch: {},
        bodyChange: {
          baseCount: base.length,
          baseDigest: digestOf(base),
          start,
          deleteCount: 1,
          blocks,
        },
      });
    const second = [block('One.'), block('Two, typed into.')];
    const saved = await save(written.version, first, 1, [block('Two, typed into.')]);
    expect(saved.ok).toBe(true);
    const { version } = library.articles.get(created.id)!;
    // Keys in another order are the same blocks.
    const reordered = second.map(({ content, type }) => ({ content, type }));
    expect(await save(version, reordered, 0, [block('One, typed into.')])).toMatchObject({
      ok: true,
    });
    expect(library.articles.get(created.id)?.body.content).toEqual([
      block('One, typed into.'),
      block('Two, typed into.'),
    ]);
  });

  it('refuses blocks counted against an article deleted and brought back by the desk at the same version', async () => {
    const first = [block('One.'), block('Two.')];
    const typed = [block('One.'), block('Two, typed.')];
    const created = library.articles.create(
      { headline: 'Brought back', language: 'en', body: { type: 'doc', content: first } },
      'tester',
    );
    const save = (baseVersion: number, base: TiptapNode[], blocks: TiptapNode[]) =>
      dispatchApiCall(handlers, 'articles:autosave', {
        id: created.id,
        baseVersion,
        patch: {},
        bodyChange: {
          baseCount: base.length,
          baseDigest: digestOf(base),
          start: 1,
          deleteCount: 1,
          blocks,
        },
      });
    expect(await save(created.version, first, [block('Two, typed.')])).toMatchObject({ ok: true });
    const article = library.articles.get(created.id)!;
    library.articles.delete(created.id, 'tester');
    // Someone else's edits were on their way: the merge brings the article back with their body.
    const theirs = [block('Theirs.'), block('Also theirs.')];
    const merged = new Y.Doc();
    writeArticleDocument(merged, { ...article, body: { type: 'doc', content: theirs } });
    replicationOf(library).materialize(created.id, merged, 'desk', true);
    const back = library.articles.get(created.id)!;
    expect(back.version).toBe(article.version);
    expect(back.bodyText).toContain('Theirs.');
    expect(await save(back.version, typed, [block('Two, typed again.')])).toMatchObject({
      ok: false,
      error: { code: 'stale_base' },
    });
    expect(library.articles.get(created.id)?.body).toEqual(back.body);
  });
});

describe('every API channel answers inside its output contract', () => {
  it('walks each channel with the output check on', async () => {
    await call('app:info', {});
    await call('lists:get', {});
    const { articles } = await call('articles:list', {});
    await call('articles:query', { search: 'кластер' });
    const seeded = articles.find((article) => article.headline.startsWith('Московский'));
    const sample = await call('articles:get', { id: seeded!.id });
    const created = await call('articles:create', { headline: 'Contracts' });
    const updated = await call('articles:update', {
      id: created.id,
      baseVersion: created.version,
      patch: {
        tags: ['api'],
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: '«' },
                {
                  type: 'text',
                  text: 'Мы успеем к весне',
                  marks: [{ type: 'quoteAnchor', attrs: { id: anchorId } }],
                },
                {
                  type: 'text',
                  text: '», — сказал Иван Петров. «Всё будет готово», — добавил он.',
                },
              ],
            },
          ],
        },
      },
    });
    // The editor's save: a new block after the first, sent alone, answered without the body.
    const autosaved = await call('articles:autosave', {
      id: created.id,
      baseVersion: updated.version,
      patch: { lede: 'Лид' },
      bodyChange: {
        baseCount: 1,
        baseDigest: digestOf(updated.body.content ?? []),
        start: 1,
        deleteCount: 0,
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Второй абзац.' }] }],
      },
    });
    expect(autosaved).not.toHaveProperty('body');
    expect(autosaved).toMatchObject({ lede: 'Лид', version: updated.version + 1 });
    const spliced = await call('articles:get', { id: created.id });
    expect(spliced.body.content?.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(spliced.bodyText).toContain('Второй абзац.');
    await call('articles:saveVersion', { id: created.id, name: 'first draft' });
    const { revisions } = await call('revisions:list', { articleId: created.id });
    await call('revisions:get', { id: revisions[0]!.id });
    await call('revisions:restore', { articleId: created.id, revisionId: revisions[0]!.id });

    await call('quotes:create', { articleId: created.id, id: anchorId, speaker: 'Иван Петров' });
    await call('quotes:update', { id: anchorId, patch: { verdict: 'verified' } });
    await call('quotes:history', { id: anchorId });
    expect((await call('quotes:remove', { id: anchorId })).state).toBe('dismissed');
    const listed = await call('quotes:list', { articleId: sample.id });
    const [suggestion] = listed.suggestions;
    await call('quotes:dismiss', {
      articleId: sample.id,
      text: suggestion!.text,
      start: suggestion!.start,
      end: suggestion!.end,
    });
    await call('quotes:list', { articleId: created.id });

    const thread = await call('comments:create', {
      articleId: created.id,
      id: '01ARZ3NDEKTSV4RRFFQ69G5FAW',
      body: 'Источник? @Иван',
      quotedText: 'Мы успеем к весне',
    });
    await call('comments:reply', { threadId: thread.id, body: 'Пресс-релиз' });
    await call('comments:resolve', { threadId: thread.id, resolved: true });
    await call('comments:list', { articleId: created.id });
    await call('comments:people', {});
    const { mentions } = await call('comments:mentions', { person: 'Иван' });
    expect(mentions).toHaveLength(1);

    await call('articles:setStatus', { id: sample.id, status: 'editing' });
    await call('images:upload', { fileName: 'pixel.png', dataBase64: onePixelPng });
    await call('articles:import', {
      fileName: 'note.md',
      dataBase64: Buffer.from('# Импорт\n\nТекст заметки.\n').toString('base64'),
    });

    await call('export:settings', {});
    const { jobId } = await call('export:start', {
      selection: { all: true },
      outDir: path.join(dir, 'site'),
      baseUrl: 'https://news.example',
      markPublished: false,
    });
    let status = await call('export:status', { jobId });
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await call('export:status', { jobId });
    }
    expect(status.summary?.blocked.map((held) => held.rule.code)).toContain('quotes_open');
    await call('export:cancel', { jobId });
    await call('articles:delete', { id: updated.id });

    // The editor's Yjs document: open, type into the headline, send, pull.
    const opened = await call('collab:open', { id: sample.id });
    const editing = new Y.Doc();
    Y.applyUpdate(editing, Buffer.from(opened.update, 'base64'));
    const vector = Y.encodeStateVector(editing);
    editing.getText('headline').insert(0, 'Срочно: ');
    const pushed = await call('collab:push', {
      id: sample.id,
      update: Buffer.from(Y.encodeStateAsUpdate(editing, vector)).toString('base64'),
    });
    expect(pushed.headline.startsWith('Срочно: ')).toBe(true);
    const pulled = await call('collab:pull', {
      id: sample.id,
      vector: Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64'),
      since: 0,
    });
    expect(pulled.update).not.toBeNull();

    // Publishing: a target refused, one added, a queue with nothing ready, the outbox read.
    expect(
      (await call('publish:addTarget', { name: 'ftp', kind: 'http', url: 'ftp://x', secret: '' }))
        .problem,
    ).toBe('not_http');
    await call('publish:addTarget', {
      name: 'site',
      kind: 'http',
      url: 'http://127.0.0.1:9/in',
      secret: 's',
    });
    expect((await call('publish:targets', {})).targets.map((target) => target.hasSecret)).toEqual([
      true,
    ]);
    expect((await call('publish:testTarget', { name: 'site' })).ok).toBe(false);
    await call('publish:queue', { target: 'site', selection: { status: 'ready' } });
    const { items } = await call('publish:outbox', {});
    await call('publish:retry', { id: items[0]?.id ?? 1 });
    await call('publish:cancel', { id: items[0]?.id ?? 1 });
    await call('publish:removeTarget', { name: 'site' });

    expect(await call('desk:status', {})).toEqual({ joined: false });
    expect(
      (await call('desk:join', { url: 'ftp://desk.example', token: 'gly_x' })).problem,
    ).not.toBeNull();
    expect(await call('desk:leave', {})).toEqual({ joined: false });
    expect(await call('desk:dismissNotice', { id: 1 })).toEqual({ joined: false });

    // Rubrics and tags: the seed article's rubric renamed, then deleted.
    const { rubrics } = await call('terms:list', {});
    const seedRubric = rubrics[0]?.name ?? '';
    expect(rubrics[0]?.count).toBeGreaterThan(0);
    const renamed = await call('terms:rename', { kind: 'rubric', from: seedRubric, to: ' Город ' });
    expect(renamed.rubrics.map((rubric) => rubric.name)).toContain('Город');
    expect((await call('terms:delete', { kind: 'rubric', name: 'Город' })).changed).toBe(
      renamed.changed,
    );

    // Spelling, in English (its dictionary loads in a fraction of a second).
    expect(await call('spelling:check', { words: ['recieve', 'receive'] })).toEqual({
      unknown: ['recieve'],
    });
    expect((await call('spelling:suggest', { word: 'recieve' })).suggestions[0]).toBe('receive');
    expect((await call('spelling:addWord', { word: 'Galleyish' })).words).toHaveLength(1);
    expect(await call('spelling:check', { words: ['Galleyish'] })).toEqual({ unknown: [] });
    expect(await call('spelling:removeWord', { word: 'Galleyish' })).toEqual({ words: [] });
    expect(await call('spelling:words', {})).toEqual({ words: [] });

    // Presence alone: nobody else is ever in an article, and the answers say so.
    expect(
      await call('presence:update', {
        id: sample.id,
        session: 'window-0001',
        cursor: null,
        since: 0,
      }),
    ).toEqual({ version: 0, people: [] });
    expect(await call('presence:leave', { id: sample.id, session: 'window-0001' })).toEqual({
      left: false,
    });
    expect(await call('presence:articles', {})).toEqual({ articles: [] });

    // Hand-offs, alone: the local user is the only person, and their own queue.
    const { me, people, source } = await call('people:list', {});
    expect(source).toBe('local');
    expect(people).toEqual([me]);
    const handed = await call('assignments:set', {
      id: sample.id,
      assignee: { id: me.id, name: me.name },
    });
    expect(handed.history).toHaveLength(1);
    expect((await call('assignments:get', { id: sample.id })).assignee?.name).toBe(me.name);
    expect((await call('queue:get', {})).counts.assigned).toBe(1);
    expect(
      (await call('articles:query', { assignee: { kind: 'me' } })).articles.map((a) => a.id),
    ).toEqual([sample.id]);
    expect((await call('notifications:list', {})).notifications).toEqual([]);
    await call('notifications:markSeen', { ids: [1] });

    // The name changes are recorded under: the login until one is set, then the name.
    expect(await call('identity:get', {})).toMatchObject({ source: 'login', actor: 'tester' });
    expect(await call('identity:set', { name: 'Анна' })).toMatchObject({ actor: 'Анна' });
    expect(await call('identity:set', { name: '' })).toMatchObject({ actor: 'tester' });

    expect(logged).toEqual([]);
    expect([...apiChannels].filter((channel) => !answered.has(channel))).toEqual([]);
  });
});

describe('a handler that drifts from its contract', () => {
  const drifting = (value: unknown): ApiHandlers =>
    ({ ...handlers, 'lists:get': () => value }) as unknown as ApiHandlers;
  const lists = { rubrics: [], tags: [], bylines: [], speakers: [] };

  it.each([
    ['a wrong type', { ...lists, tags: 'a, b' }, /tags/],
    ['a missing field', { rubrics: [], tags: [], bylines: [] }, /speakers/],
    ['a field the contract does not declare', { ...lists, secret: 'note' }, /secret/],
  ])('fails loudly with %s when outputs are checked', async (_, value, named) => {
    const lines: string[] = [];
    const result = await dispatchApiCall(
      drifting(value),
      'lists:get',
      {},
      {
        log: (line) => lines.push(line),
        validateOutputs: true,
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(lines.join('\n')).toMatch(named);
  });

  it('passes the value through untouched when outputs are not checked', async () => {
    const value = { ...lists, secret: 'note' };
    const result = await dispatchApiCall(
      drifting(value),
      'lists:get',
      {},
      {
        validateOutputs: false,
      },
    );
    expect(result).toEqual({ ok: true, value });
  });
});
