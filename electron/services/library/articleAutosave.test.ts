import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { BodyChange } from '../../../shared/article/bodyChangeSchema';
import { blockDigest, bodyDigest } from '../../../shared/article/bodyDigest';
import { writeArticleDocument } from '../../../shared/desk/articleDocument';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { findDocumentProblem } from '../../../shared/editor/validateDocument';
import { makeTempDir } from '../../../test/support/galleyServer';
import { doc, link, paragraph, text } from '../../../test/support/tiptapNodes';
import { ArticleCollaboration } from '../desk/articleCollaboration';
import { replicationOf } from '../desk/articleReplication';
import { ArticleAutosave } from './articleAutosave';
import { openLibrary, type Library } from './openLibrary';

const block = (words: string): TiptapNode => paragraph(text(words));

/** What an editor holding `base` sends when it retypes the blocks from `start`. */
function changeOn(base: readonly TiptapNode[], start: number, blocks: TiptapNode[]): BodyChange {
  return {
    baseCount: base.length,
    baseDigest: bodyDigest(base.map(blockDigest)),
    start,
    deleteCount: blocks.length,
    blocks,
  };
}

let dir: string;
let file: string;
let library: Library;
let autosave: ArticleAutosave;

beforeEach(() => {
  dir = makeTempDir('galley-autosave-');
  file = path.join(dir, 'library.galley');
  library = openLibrary(file, { actor: 'Анна' });
  autosave = new ArticleAutosave(library.db, library.articles);
});

afterEach(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * An article Анна has typed into through changed blocks: the body she holds (`seen`), whose
 * digests the autosave now keeps, and the version her last save was answered with.
 */
function typedArticle(): { id: string; seen: TiptapNode[]; version: number } {
  const created = library.articles.create(
    { headline: 'Бюджет', language: 'ru', body: doc(block('Один.'), block('Два.')) },
    'Анна',
  );
  const seen = [block('Один.'), block('Два, набрано.')];
  const saved = autosave.save(
    created.id,
    {
      patch: {},
      baseVersion: created.version,
      bodyChange: changeOn([block('Один.'), block('Два.')], 1, [block('Два, набрано.')]),
    },
    'Анна',
  );
  if (!saved.ok) throw new Error(`the first save was refused: ${JSON.stringify(saved)}`);
  expect(library.articles.get(created.id)?.body).toEqual(doc(...seen));
  return { id: created.id, seen, version: saved.value.version };
}

/** Another person's body, with as many blocks as Анна's so only the digests can tell. */
const othersBody = doc(block('Чужой абзац.'), block('Ещё один чужой.'));

/** Brings Борис's document of the article to `body` and returns the update that took it there. */
function editElsewhere(id: string, body: TiptapNode): Uint8Array {
  const replication = replicationOf(library);
  if (!replication.replica.has(id)) replication.mirror(id);
  const elsewhere = new Y.Doc();
  Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(replication.replica.document(id)));
  const before = Y.encodeStateVector(elsewhere);
  const article = library.articles.get(id)!;
  writeArticleDocument(elsewhere, { ...article, body });
  return Y.encodeStateAsUpdate(elsewhere, before);
}

/**
 * Every path that writes an article's body, each as it runs in the product. After each, Анна's
 * editor still believes the body is the one she last saved.
 */
const bodyWrites: Array<[string, (id: string, version: number) => void]> = [
  [
    'a whole body saved from another window (articles:update)',
    (id, version) => {
      library.articles.update(id, { body: othersBody }, 'Борис', version);
    },
  ],
  [
    'another editor’s autosave of the whole body',
    (id, version) => {
      expect(
        autosave.save(id, { patch: { body: othersBody }, baseVersion: version }, 'Борис').ok,
      ).toBe(true);
    },
  ],
  [
    'another editor’s changed blocks on the same base',
    (id, version) => {
      const base = library.articles.get(id)!.body.content!;
      const change = changeOn(base, 0, othersBody.content!);
      expect(
        autosave.save(id, { patch: {}, baseVersion: version, bodyChange: change }, 'Борис').ok,
      ).toBe(true);
    },
  ],
  [
    'a revision restored',
    (id, version) => {
      const [created] = library.articles.revisions.list(id).slice(-1);
      expect(library.articles.restoreRevision(id, created!.id, 'Борис', version)).toBeDefined();
    },
  ],
  [
    'the desk merging another machine’s edit',
    (id) => {
      const replication = replicationOf(library);
      const update = editElsewhere(id, othersBody);
      const merged = replication.replica.document(id);
      Y.applyUpdate(merged, update);
      expect(replication.materialize(id, merged, 'Борис', true)).toBe('written');
    },
  ],
  [
    'the editor’s own Yjs update (collab:push)',
    (id) => {
      const update = editElsewhere(id, othersBody);
      expect(new ArticleCollaboration(library, 'Борис').push(id, update)).toBeDefined();
    },
  ],
  [
    'another process writing the same library file (the CLI, galley serve)',
    (id) => {
      const other = openLibrary(file);
      try {
        other.articles.update(id, { body: othersBody }, 'Борис');
      } finally {
        other.close();
      }
    },
  ],
  [
    'deleted here and brought back by a desk merge (the same id, at the same version)',
    (id) => {
      const article = library.articles.get(id)!;
      library.articles.delete(id, 'Борис');
      const merged = new Y.Doc();
      writeArticleDocument(merged, { ...article, body: othersBody });
      expect(replicationOf(library).materialize(id, merged, 'Борис', true)).toBe('written');
    },
  ],
  [
    'a write that leaves the version as it was',
    (id) => {
      library.db
        .prepare('UPDATE articles SET body_json = ? WHERE id = ?')
        .run(JSON.stringify(othersBody), id);
    },
  ],
];

describe('ArticleAutosave after another write of the body', () => {
  it.each(bodyWrites)(
    'refuses changed blocks counted against the body before %s, and splices nothing',
    (_path, write) => {
      const { id, seen, version } = typedArticle();
      write(id, version);
      const after = library.articles.get(id)!;
      expect(after.body).not.toEqual(doc(...seen));
      const retyped = [block('Два, набрано ещё.')];

      // The editor that learnt the new version (from a status move, say) but not the new body.
      const onNewVersion = autosave.save(
        id,
        { patch: {}, baseVersion: after.version, bodyChange: changeOn(seen, 1, retyped) },
        'Анна',
      );
      expect(onNewVersion).toMatchObject({ ok: false, refusal: { code: 'stale_base' } });
      // The editor as it was: its version, where the write moved it, is refused as well.
      const onOldVersion = autosave.save(
        id,
        { patch: {}, baseVersion: version, bodyChange: changeOn(seen, 1, retyped) },
        'Анна',
      );
      expect(onOldVersion.ok).toBe(false);
      if (after.version === version) {
        expect(onOldVersion).toMatchObject({ refusal: { code: 'stale_base' } });
      } else {
        expect(onOldVersion).toMatchObject({ failure: { code: 'version_conflict' } });
      }

      const now = library.articles.get(id)!;
      expect(now.body).toEqual(after.body);
      expect(now.version).toBe(after.version);
    },
  );

  it('takes the body whole after a refusal, and changed blocks against that body again', () => {
    const { id, seen } = typedArticle();
    library.db
      .prepare('UPDATE articles SET body_json = ? WHERE id = ?')
      .run(JSON.stringify(othersBody), id);
    const { version } = library.articles.get(id)!;
    const retyped = [...seen.slice(0, 1), block('Два, набрано ещё.')];
    const change = changeOn(seen, 1, retyped.slice(1));
    expect(
      autosave.save(id, { patch: {}, baseVersion: version, bodyChange: change }, 'Анна'),
    ).toMatchObject({ ok: false, refusal: { code: 'stale_base' } });
    const whole = autosave.save(
      id,
      { patch: { body: doc(...retyped) }, baseVersion: version },
      'Анна',
    );
    expect(whole.ok).toBe(true);
    const next = autosave.save(
      id,
      { patch: {}, baseVersion: version + 1, bodyChange: changeOn(retyped, 0, [block('Один!')]) },
      'Анна',
    );
    expect(next.ok).toBe(true);
    expect(library.articles.get(id)?.body).toEqual(doc(block('Один!'), block('Два, набрано ещё.')));
  });
});

/** Writes that leave the body as it was: the editor's next change must still land. */
const otherWrites: Array<[string, (id: string, version: number) => void]> = [
  [
    'a status move',
    (id, version) => {
      library.articles.setStatus(id, 'editing', 'Борис', version);
    },
  ],
  [
    'a named version',
    (id) => {
      library.articles.saveVersion(id, 'до правки', 'Борис');
    },
  ],
  [
    'a rubric renamed across articles',
    (id) => {
      library.articles.update(id, { rubric: 'Экономика' }, 'Борис');
    },
  ],
  [
    'publication',
    (id) => {
      library.articles.markPublished([id], Date.now(), 'Борис');
    },
  ],
];

describe('ArticleAutosave after a write that leaves the body', () => {
  it.each(otherWrites)('splices changed blocks after %s', (_path, write) => {
    const { id, seen, version } = typedArticle();
    write(id, version);
    const current = library.articles.get(id)!;
    const saved = autosave.save(
      id,
      {
        patch: {},
        baseVersion: current.version,
        bodyChange: changeOn(seen, 1, [block('Два, набрано ещё.')]),
      },
      'Анна',
    );
    expect(saved.ok).toBe(true);
    expect(library.articles.get(id)?.body).toEqual(doc(block('Один.'), block('Два, набрано ещё.')));
  });
});

describe('ArticleAutosave on the body it stored', () => {
  it('splices onto the body it kept without reading the stored body back', () => {
    const { id, seen, version } = typedArticle();
    const reads = vi.spyOn(library.articles, 'storedBody');
    const retyped = [block('Один, набрано.')];
    const saved = autosave.save(
      id,
      { patch: {}, baseVersion: version, bodyChange: changeOn(seen, 0, retyped) },
      'Анна',
    );
    expect(saved.ok).toBe(true);
    expect(reads).not.toHaveBeenCalled();
    const stored = library.articles.get(id)!;
    expect(stored.body).toEqual(doc(block('Один, набрано.'), block('Два, набрано.')));
    expect(stored.bodyText).toBe('Один, набрано.\n\nДва, набрано.');
  });
});

describe('ArticleAutosave refusals', () => {
  it('answers an unknown article, another version and a body the schema refuses as values', () => {
    const { id, seen, version } = typedArticle();
    const change = changeOn(seen, 1, [block('x')]);
    expect(
      autosave.save(
        '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        { patch: {}, baseVersion: 1, bodyChange: change },
        'Анна',
      ),
    ).toMatchObject({ ok: false, failure: { code: 'article_not_found' } });
    expect(
      autosave.save(id, { patch: {}, baseVersion: version + 1, bodyChange: change }, 'Анна'),
    ).toMatchObject({ ok: false, failure: { code: 'version_conflict' } });
    const emptied = { ...changeOn(seen, 0, []), deleteCount: 2 };
    expect(
      autosave.save(id, { patch: {}, baseVersion: version, bodyChange: emptied }, 'Анна'),
    ).toMatchObject({ ok: false, refusal: { code: 'invalid_body' } });
    expect(library.articles.get(id)?.version).toBe(version);
  });

  it('refuses a changed block with the message a check of the whole body gives', () => {
    const { id, seen, version } = typedArticle();
    const badLink = paragraph(text('Ссылка', link('javascript:alert(1)')));
    const refused = autosave.save(
      id,
      { patch: {}, baseVersion: version, bodyChange: changeOn(seen, 1, [badLink]) },
      'Анна',
    );
    expect(refused).toEqual({
      ok: false,
      refusal: {
        code: 'invalid_body',
        message: `body: ${findDocumentProblem(doc(block('Один.'), badLink))}`,
      },
    });
    expect(library.articles.get(id)?.version).toBe(version);
  });

  it('checks a body read from the library whole, not only the changed blocks', () => {
    // Only the changed blocks of a body the autosave checked itself are checked again: one
    // another path stored (here past every check) is checked whole on the next save.
    const { id, seen, version } = typedArticle();
    const badHeading = { type: 'heading', attrs: { level: 1 }, content: [text('Ш')] };
    library.db
      .prepare('UPDATE articles SET body_json = ? WHERE id = ?')
      .run(JSON.stringify(doc(badHeading, block('Два, набрано.'))), id);
    const refused = autosave.save(
      id,
      { patch: {}, baseVersion: version, bodyChange: changeOn(seen, 1, [block('Два.')]) },
      'Анна',
    );
    // Its digests are not the ones the change was made on: refused before any check.
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'stale_base' } });
    const onStored = changeOn([badHeading, block('Два, набрано.')], 1, [block('Два.')]);
    expect(
      autosave.save(id, { patch: {}, baseVersion: version, bodyChange: onStored }, 'Анна'),
    ).toMatchObject({ ok: false, refusal: { code: 'invalid_body' } });
  });
});
