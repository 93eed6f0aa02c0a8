import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleRepository } from './articleRepository';
import { migrateDatabase } from './migrateDatabase';
import { ArticleRuleError } from './articleRuleError';
import { autosaveCoalesceMs } from './revisionStore';
import { createMemoryRepository } from '../../../test/support/createMemoryRepository';

let repository: ArticleRepository;
let clock: number;

beforeEach(() => {
  clock = 1_700_000_000_000;
  repository = createMemoryRepository(() => clock);
});

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('revisions', () => {
  it('coalesce autosaves while typing, and start a new one after a pause', () => {
    const article = repository.create({ headline: 'Draft' }, 'anna');
    for (let i = 1; i <= 5; i += 1) {
      clock += 1000;
      repository.update(article.id, { body: doc(`typing ${i}`) }, 'anna');
    }
    let revisions = repository.revisions.list(article.id);
    expect(revisions.map((revision) => revision.reason)).toEqual(['autosave', 'created']);
    expect(repository.revisions.get(revisions[0]!.id)?.snapshot.body).toEqual(doc('typing 5'));

    clock += autosaveCoalesceMs + 1;
    repository.update(article.id, { body: doc('after lunch') }, 'anna');
    revisions = repository.revisions.list(article.id);
    expect(revisions.map((revision) => revision.reason)).toEqual([
      'autosave',
      'autosave',
      'created',
    ]);
  });

  it('keep a snapshot on status change and on an explicit named version', () => {
    const article = repository.create({ headline: 'Draft' }, 'anna');
    clock += 1000;
    repository.setStatus(article.id, 'editing', 'boris');
    const named = repository.saveVersion(article.id, 'Sent to the desk', 'boris');
    expect(named).toMatchObject({ reason: 'named', name: 'Sent to the desk', author: 'boris' });
    expect(repository.revisions.list(article.id).map((revision) => revision.reason)).toEqual([
      'named',
      'status',
      'created',
    ]);
    // Each entry carries the status it recorded: history names where a status change went.
    expect(repository.revisions.list(article.id).map((revision) => revision.status)).toEqual([
      'editing',
      'editing',
      'draft',
    ]);
  });

  it('restore puts old content back, keeping what it replaced, so nothing is destroyed', () => {
    const article = repository.create(
      { headline: 'First headline', body: doc('first text') },
      'anna',
    );
    const [created] = repository.revisions.list(article.id);
    clock += autosaveCoalesceMs + 1;
    repository.update(
      article.id,
      { headline: 'Second headline', body: doc('second text'), tags: ['x'] },
      'anna',
    );

    clock += 1000;
    const restored = repository.restoreRevision(article.id, created!.id, 'boris');
    expect(restored).toMatchObject({
      headline: 'First headline',
      bodyText: 'first text',
      tags: [],
      slug: 'first-headline',
    });
    const reasons = repository.revisions.list(article.id).map((revision) => revision.reason);
    expect(reasons).toEqual(['restore', 'before-restore', 'autosave', 'created']);
    const beforeRestore = repository.revisions.list(article.id)[1]!;
    expect(repository.revisions.get(beforeRestore.id)?.snapshot.headline).toBe('Second headline');
  });

  it('refuses a revision of another article', () => {
    const one = repository.create({ headline: 'One' }, 'a');
    const two = repository.create({ headline: 'Two' }, 'a');
    const [ofTwo] = repository.revisions.list(two.id);
    expect(repository.restoreRevision(one.id, ofTwo!.id, 'a')).toBeUndefined();
  });
});

describe('the autosave revision that shares the article body', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrateDatabase(db);
    repository = new ArticleRepository(db, () => clock);
  });

  const bodyOf = (revisionId: number) => repository.revisions.get(revisionId)?.snapshot.body;
  const storedBytes = (revisionId: number) =>
    db
      .prepare<[number], { bytes: number }>(
        'SELECT length(snapshot_json) AS bytes FROM article_revisions WHERE id = ?',
      )
      .get(revisionId)?.bytes ?? 0;

  it('writes a long body once per autosave, and still shows it', () => {
    const article = repository.create({ headline: 'Long' }, 'anna');
    const long = doc('слово '.repeat(5000));
    clock += 1000;
    repository.update(article.id, { body: long }, 'anna');
    const [autosave] = repository.revisions.list(article.id);
    expect(autosave?.reason).toBe('autosave');
    expect(storedBytes(autosave!.id)).toBeLessThan(1000);
    expect(bodyOf(autosave!.id)).toEqual(long);
  });

  it('keeps what each autosave revision recorded when a new one starts', () => {
    const article = repository.create({ headline: 'Draft' }, 'anna');
    clock += 1000;
    repository.update(article.id, { body: doc('before lunch') }, 'anna');
    const [first] = repository.revisions.list(article.id);
    clock += autosaveCoalesceMs + 1;
    repository.update(article.id, { body: doc('after lunch') }, 'anna');
    clock += 1000;
    repository.update(article.id, { body: doc('after lunch, more') }, 'anna');
    const [second] = repository.revisions.list(article.id);
    expect(second!.id).not.toBe(first!.id);
    expect(bodyOf(first!.id)).toEqual(doc('before lunch'));
    expect(bodyOf(second!.id)).toEqual(doc('after lunch, more'));
  });

  it('keeps its body when another author, a status change or a named version follows', () => {
    const article = repository.create({ headline: 'Draft' }, 'anna');
    clock += 1000;
    repository.update(article.id, { body: doc('anna typed') }, 'anna');
    const [annas] = repository.revisions.list(article.id);
    clock += 1000;
    repository.setStatus(article.id, 'editing', 'anna');
    repository.saveVersion(article.id, 'For Boris', 'anna');
    expect(bodyOf(annas!.id)).toEqual(doc('anna typed'));
    clock += 1000;
    repository.update(article.id, { body: doc('boris typed') }, 'boris');
    clock += 1000;
    repository.update(article.id, { headline: 'Boris headline' }, 'boris');
    const revisions = repository.revisions.list(article.id);
    expect(revisions.map((revision) => revision.reason)).toEqual([
      'autosave',
      'named',
      'status',
      'autosave',
      'created',
    ]);
    expect(bodyOf(annas!.id)).toEqual(doc('anna typed'));
    expect(bodyOf(revisions[1]!.id)).toEqual(doc('anna typed'));
    expect(repository.revisions.get(revisions[0]!.id)?.snapshot).toMatchObject({
      headline: 'Boris headline',
      body: doc('boris typed'),
    });
  });

  it('keeps the replaced body in the autosave revision when a revision is restored', () => {
    const article = repository.create({ headline: 'Draft', body: doc('first') }, 'anna');
    const [created] = repository.revisions.list(article.id);
    clock += 1000;
    repository.update(article.id, { body: doc('second') }, 'anna');
    const [autosave] = repository.revisions.list(article.id);
    clock += 1000;
    repository.restoreRevision(article.id, created!.id, 'anna');
    expect(repository.get(article.id)?.bodyText).toBe('first');
    expect(bodyOf(autosave!.id)).toEqual(doc('second'));
    // Restoring the autosave revision brings its body back, and the history keeps both.
    clock += 1000;
    repository.restoreRevision(article.id, autosave!.id, 'anna');
    expect(repository.get(article.id)?.bodyText).toBe('second');
    expect(bodyOf(autosave!.id)).toEqual(doc('second'));
  });

  it('takes over an autosave revision stored whole by an earlier version', () => {
    const article = repository.create({ headline: 'Draft' }, 'anna');
    clock += 1000;
    repository.update(article.id, { body: doc('typed') }, 'anna');
    const [autosave] = repository.revisions.list(article.id);
    db.prepare(
      `UPDATE article_revisions SET snapshot_json = json_set(snapshot_json, '$.body', json(?)) WHERE id = ?`,
    ).run(JSON.stringify(doc('typed')), autosave!.id);
    const wholeBytes = storedBytes(autosave!.id);
    clock += 1000;
    repository.update(article.id, { body: doc('typed on') }, 'anna');
    expect(repository.revisions.list(article.id)).toHaveLength(2);
    expect(bodyOf(autosave!.id)).toEqual(doc('typed on'));
    expect(storedBytes(autosave!.id)).toBeLessThan(wholeBytes);
  });
});

describe('status', () => {
  it('follows the workflow and stamps publication once', () => {
    const article = repository.create({ headline: 'Story' }, 'a');
    expect(() => repository.setStatus(article.id, 'published', 'a')).toThrow(ArticleRuleError);
    for (const status of ['editing', 'fact-check', 'ready', 'published'] as const) {
      clock += 1000;
      repository.setStatus(article.id, status, 'a');
    }
    const published = repository.get(article.id)!;
    expect(published.status).toBe('published');
    expect(published.publishedAt).toBe(clock);
    clock += 1000;
    repository.setStatus(article.id, 'editing', 'a');
    expect(repository.get(article.id)?.publishedAt).toBe(published.publishedAt);
  });
});

describe('slugs', () => {
  it('follow the headline until set by hand or published; a typed slug is validated and unique', () => {
    const article = repository.create({ headline: 'Первый заголовок' }, 'a');
    expect(article.slug).toBe('pervyi-zagolovok');
    expect(repository.update(article.id, { headline: 'Второй заголовок' }, 'a')?.slug).toBe(
      'vtoroi-zagolovok',
    );
    expect(repository.update(article.id, { slug: 'my-own-slug' }, 'a')).toMatchObject({
      slug: 'my-own-slug',
      isSlugCustom: true,
    });
    expect(repository.update(article.id, { headline: 'Третий' }, 'a')?.slug).toBe('my-own-slug');
    expect(repository.update(article.id, { slug: null }, 'a')).toMatchObject({
      slug: 'tretii',
      isSlugCustom: false,
    });

    const other = repository.create({ headline: 'Other' }, 'a');
    expect(() => repository.update(other.id, { slug: 'tretii' }, 'a')).toThrow(/already used/);
  });
});

describe('lists and related articles', () => {
  it('keeps rubrics and tags as reusable lists', () => {
    repository.create(
      { headline: 'A', rubric: 'Общество', tags: ['Москва', 'БРИКС'], bylines: ['Анна'] },
      'a',
    );
    repository.create({ headline: 'B', rubric: 'Экономика', tags: ['Москва'] }, 'a');
    expect(repository.listRubrics()).toEqual(['Общество', 'Экономика']);
    expect(repository.listTags()).toEqual(['БРИКС', 'Москва']);
    expect(repository.listBylines()).toEqual(['Анна']);
  });

  it('links related articles by id, so a rename shows the new headline; unlinks on delete', () => {
    const target = repository.create({ headline: 'Old headline' }, 'a');
    const article = repository.create(
      {
        headline: 'Main',
        related: [
          { relatedId: target.id, headline: 'Old headline' },
          { relatedId: null, headline: 'Elsewhere' },
        ],
      },
      'a',
    );
    repository.update(target.id, { headline: 'Renamed headline' }, 'a');
    expect(repository.get(article.id)?.related).toEqual([
      { relatedId: target.id, headline: 'Renamed headline' },
      { relatedId: null, headline: 'Elsewhere' },
    ]);
    repository.delete(target.id);
    expect(repository.get(article.id)?.related[0]).toEqual({
      relatedId: null,
      headline: 'Old headline',
    });
    expect(repository.findIdByHeadline('main')).toBe(article.id);
  });
});
