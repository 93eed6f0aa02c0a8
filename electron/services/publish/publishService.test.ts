import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../library/openLibrary';
import { startPushReceiver, type PushReceiver } from '../../../test/support/startPushReceiver';
import { PublishService } from './publishService';

const secret = 'correct horse battery staple';

/** A clock the test moves: back-off waits are checked, not slept through. */
function manualClock(start = Date.parse('2026-12-05T09:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('publishing through the outbox to an HTTP receiver', () => {
  const dirs: string[] = [];
  let library: Library;
  let receiver: PushReceiver;
  let clock: ReturnType<typeof manualClock>;
  let service: PublishService;
  let articleId: string;

  beforeEach(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-publish-'));
    dirs.push(dir);
    library = openLibrary(path.join(dir, 'library.sqlite'));
    receiver = await startPushReceiver(secret);
    clock = manualClock();
    // The real attempt timeout: at load 20 a first delivery (cold modules, a first connection,
    // the receiver in this same process) took over the 300 ms once given here and was retried.
    service = new PublishService(library, { now: clock.now, random: () => 0.5 });
    service.targets.add(
      { name: 'site', kind: 'http', url: receiver.url, siteUrl: 'https://news.example' },
      secret,
      clock.now(),
    );
    articleId = library.articles.create(
      { headline: 'Мост откроют в мае', lede: 'Работы идут' },
      'Анна',
    ).id;
  });

  afterEach(async () => {
    library.close();
    await receiver.close();
  });

  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('delivers the signed ninjs item once, records where it lives and marks the article published', async () => {
    const queued = service.queue('site', [articleId], 'Анна');
    expect(queued.blocked).toEqual([]);
    expect(await service.deliverDue('Анна')).toBe(1);
    const item = service.outbox.get(queued.queued[0]!.outboxId);
    expect(item?.state).toBe('delivered');
    const version = library.articles.get(articleId)!.version;
    expect([...receiver.items.keys()]).toEqual([`${articleId}:${item?.articleVersion}`]);
    const sent = receiver.items.get(`${articleId}:${item?.articleVersion}`)!;
    expect(sent.event).toBe('publish');
    const ninjs = sent.body['ninjs'] as { headlines: Array<{ value: string }>; uri: string };
    // Typeset as the export typesets it: a no-break space after the short preposition.
    expect(ninjs.headlines[0]?.value).toBe('Мост откроют в\u00a0мае');
    expect(ninjs.uri.startsWith('https://news.example/')).toBe(true);
    expect(String(sent.body['html'])).toContain('<html');
    expect(item?.remoteUrl).toContain('https://site.example/items/');
    expect(library.articles.get(articleId)?.status).toBe('published');
    expect(version).toBeGreaterThan(0);
  });

  it('stops with the site’s message when the secret is wrong', async () => {
    service.targets.remove('site');
    service.targets.add(
      { name: 'site', kind: 'http', url: receiver.url },
      'wrong secret',
      clock.now(),
    );
    const [queued] = service.queue('site', [articleId], 'Анна').queued;
    await service.deliverDue('Анна');
    const item = service.outbox.get(queued!.outboxId);
    expect(item?.state).toBe('failed');
    expect(item?.lastError).toBe('HTTP 401: bad signature');
    expect(receiver.items.size).toBe(0);
  });

  it('tries a 500 again after a back-off and delivers once', async () => {
    receiver.script.push({ status: 500, body: 'database is down' });
    const [queued] = service.queue('site', [articleId], 'Анна').queued;
    await service.deliverDue('Анна');
    let item = service.outbox.get(queued!.outboxId);
    expect(item?.state).toBe('pending');
    expect(item?.lastError).toBe('HTTP 500: database is down');
    // The first back-off is a second (with the jitter at its middle); nothing goes before it.
    expect(item?.nextAttemptAt).toBe(clock.now() + 1_000);
    expect(await service.deliverDue('Анна')).toBe(0);
    clock.advance(1_000);
    await service.deliverDue('Анна');
    item = service.outbox.get(queued!.outboxId);
    expect(item?.state).toBe('delivered');
    expect(receiver.items.size).toBe(1);
    expect(receiver.duplicates).toBe(0);
  });

  it('waits as long as a 429’s Retry-After asks', async () => {
    receiver.script.push({ status: 429, headers: { 'Retry-After': '120' } });
    const [queued] = service.queue('site', [articleId], 'Анна').queued;
    await service.deliverDue('Анна');
    expect(service.outbox.get(queued!.outboxId)?.nextAttemptAt).toBe(clock.now() + 120_000);
    clock.advance(119_000);
    expect(await service.deliverDue('Анна')).toBe(0);
    clock.advance(1_000);
    await service.deliverDue('Анна');
    expect(service.outbox.get(queued!.outboxId)?.state).toBe('delivered');
  });

  it('gives up on a receiver that hangs, and tries again', async () => {
    receiver.script.push('hang');
    const [queued] = service.queue('site', [articleId], 'Анна').queued;
    // Only the hung attempt is cut short; the retry gets the real timeout, as above.
    const impatient = new PublishService(library, {
      now: clock.now,
      random: () => 0.5,
      attemptTimeoutMs: 300,
    });
    await impatient.deliverDue('Анна');
    const item = service.outbox.get(queued!.outboxId);
    expect(item?.state).toBe('pending');
    expect(item?.lastError).toMatch(/^no answer: /);
    clock.advance(10_000);
    await service.deliverDue('Анна');
    expect(service.outbox.get(queued!.outboxId)?.state).toBe('delivered');
  });

  it('keeps the item while the receiver is down and delivers it when it is back', async () => {
    const port = receiver.port;
    await receiver.close();
    const [queued] = service.queue('site', [articleId], 'Анна').queued;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await service.deliverDue('Анна');
      expect(service.outbox.get(queued!.outboxId)?.state).toBe('pending');
      clock.advance(60_000);
    }
    receiver = await startPushReceiver(secret, port);
    await service.deliverDue('Анна');
    expect(service.outbox.get(queued!.outboxId)?.state).toBe('delivered');
    expect(receiver.items.size).toBe(1);
  });

  it('holds back an article with an unverified quote (the publish gate), and delivers nothing', async () => {
    const quoted = library.articles.create(
      {
        headline: 'Цитата',
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: '«Мост откроют в мае», — сказал мэр Иван Петров журналистам.',
                },
              ],
            },
          ],
        },
      },
      'Анна',
    );
    const result = service.queue('site', [quoted.id], 'Анна');
    expect(result.queued).toEqual([]);
    expect(result.blocked.map((item) => [item.id, item.rule.code])).toEqual([
      [quoted.id, 'quotes_open'],
    ]);
    expect(await service.deliverDue('Анна')).toBe(0);
    expect(receiver.requests).toBe(0);
  });

  it('refuses a target URL that is not http(s) or carries credentials', () => {
    expect(() =>
      service.targets.add({ name: 'ftp', kind: 'http', url: 'ftp://files.example/in' }, '', 0),
    ).toThrow('a target URL must be http(s), not ftp:');
    expect(() =>
      service.targets.add(
        { name: 'creds', kind: 'http', url: 'https://bob:pw@site.example/in' },
        '',
        0,
      ),
    ).toThrow('a target URL must not carry credentials');
  });
});
