import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../library/openLibrary';
import { PublishService } from './publishService';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function files(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => fs.statSync(path.join(root, name)).isFile())
    .sort();
}

describe('the folder target', () => {
  it('writes the article into the site folder, and unpublishing takes its page out of it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-folder-target-'));
    dirs.push(dir);
    const site = path.join(dir, 'site');
    const library = openLibrary(path.join(dir, 'library.sqlite'));
    const service = new PublishService(library);
    service.targets.add(
      { name: 'folder', kind: 'folder', url: site, siteUrl: 'https://news.example' },
      '',
      Date.now(),
    );
    const kept = library.articles.create({ headline: 'Мост откроют в мае', rubric: 'Город' }, 'a');
    const gone = library.articles.create(
      { headline: 'Парк закроют на ремонт', rubric: 'Город' },
      'a',
    );
    service.queue('folder', [kept.id, gone.id], 'a');
    while ((await service.deliverDue('a')) > 0);
    const published = files(site);
    expect(published).toContain('gorod/most-otkroiut-v-mae/index.html');
    expect(published).toContain('gorod/park-zakroiut-na-remont/index.json');
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('Парк закроют');
    expect(library.articles.get(gone.id)?.status).toBe('published');
    const [delivered] = service.outbox.list(1);
    expect(delivered?.remoteUrl).toMatch(/^https:\/\/news\.example\/gorod\//);

    service.queue('folder', [gone.id], 'a', 'takedown');
    while ((await service.deliverDue('a')) > 0);
    const after = files(site);
    expect(after).toContain('gorod/most-otkroiut-v-mae/index.html');
    expect(after.filter((name) => name.includes('park-zakroiut'))).toEqual([]);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).not.toContain('Парк закроют');
    expect(library.articles.get(gone.id)?.status).toBe('ready');
    expect(library.articles.get(kept.id)?.status).toBe('published');
    library.close();
  });

  it('refuses a relative folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-folder-target-'));
    dirs.push(dir);
    const library = openLibrary(path.join(dir, 'library.sqlite'));
    const service = new PublishService(library);
    expect(() =>
      service.targets.add({ name: 'f', kind: 'folder', url: 'site' }, '', Date.now()),
    ).toThrow(/absolute path/);
    library.close();
  });
});
