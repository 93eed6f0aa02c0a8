import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignmentKey } from '../../../shared/desk/articleAssignment';
import { articleDocumentKeys } from '../../../shared/desk/articleDocument';
import { deskAuthorsKey } from '../../../shared/desk/deskAuthors';
import type { DeskPerson } from '../../../shared/desk/deskPerson';
import { replicationOf } from '../desk/articleReplication';
import type { DeskPeopleCache } from '../desk/deskPeople';
import { ArticleQueries } from '../library/articleQueries';
import { writeLibrarySetting } from '../library/librarySettings';
import { openLibrary, type Library } from '../library/openLibrary';
import { ArticleWorkflow } from '../workflow/articleWorkflow';
import { articleQuerySchema } from '../../../shared/article/articleQuerySchema';
import { AssignmentService } from './assignmentService';

const anna: DeskPerson = { id: 'U-ANNA', name: 'Анна Петрова', role: 'editor' };
const boris: DeskPerson = { id: 'U-BORIS', name: 'Борис Иванов', role: 'fact-checker' };
const vera: DeskPerson = { id: 'U-VERA', name: 'Вера Соколова', role: 'chief' };

let dir: string;
const opened: Library[] = [];

/** A library joined to a desk that told it who its token is (as the agent caches it). */
function joinedLibrary(name: string, me: DeskPerson): Library {
  const library = openLibrary(path.join(dir, `${name}.galley`), { actor: name });
  opened.push(library);
  const people: DeskPeopleCache = { me, people: [anna, boris, vera] };
  writeLibrarySetting(library.db, 'desk.url', 'ws://127.0.0.1:1');
  writeLibrarySetting(library.db, 'desk.people', JSON.stringify(people));
  replicationOf(library).everyArticle = true;
  return library;
}

/**
 * What the desk relays: the sender's document, with the desk's stamp naming the sender's
 * Yjs client (the desk writes `deskAuthors` from the token, never the workstation).
 */
function relayed(from: Library, id: string, sender: DeskPerson): Y.Doc {
  const source = replicationOf(from).replica.document(id);
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  doc.getMap<string>(deskAuthorsKey).set(String(source.clientID), sender.name);
  return doc;
}

/** Takes the relayed document into a workstation, as its agent does on an update. */
function receive(into: Library, id: string, doc: Y.Doc, sender: DeskPerson): void {
  const local = replicationOf(into).replica.document(id);
  Y.applyUpdate(local, Y.encodeStateAsUpdate(doc));
  replicationOf(into).materialize(id, local, sender.name, true);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-assign-'));
});

afterEach(() => {
  for (const library of opened.splice(0)) library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('assignments', () => {
  it('travel in the article document and reach the other row, history and notification', () => {
    const editor = joinedLibrary('editor', anna);
    const checker = joinedLibrary('checker', boris);
    const article = editor.articles.create({ headline: 'Мост откроют в мае' }, 'editor');
    const onEditor = new AssignmentService(editor, 'editor');
    const assigned = onEditor.assign(article.id, { id: boris.id, name: boris.name });
    expect(assigned.ok && assigned.value.assignee).toEqual({ id: boris.id, name: boris.name });
    // Recorded under the desk's name for this token, not the local login.
    expect(assigned.ok && assigned.value.history[0]?.by).toBe(anna.name);
    const doc = replicationOf(editor).replica.document(article.id);
    expect(doc.getMap(articleDocumentKeys.fields).get(assignmentKey)).toMatchObject({
      assignee: { id: boris.id, name: boris.name },
    });

    receive(checker, article.id, relayed(editor, article.id, anna), anna);
    const onChecker = new AssignmentService(checker, 'checker');
    const seen = onChecker.get(article.id);
    expect(seen.ok && seen.value.assignee).toEqual({ id: boris.id, name: boris.name });
    expect(seen.ok && seen.value.history.map((entry) => entry.by)).toEqual([anna.name]);
    expect(onChecker.notifications()).toEqual([
      expect.objectContaining({
        articleId: article.id,
        by: anna.name,
        headline: 'Мост откроют в мае',
      }),
    ]);
    const queue = onChecker.queue();
    expect(queue.me.name).toBe(boris.name);
    expect(queue.assigned.map((entry) => entry.id)).toEqual([article.id]);
    expect(queue.counts).toEqual({ assigned: 1, quotes: 0, mentions: 0 });

    // Taking the same document in again changes nothing and notifies nobody twice.
    receive(checker, article.id, relayed(editor, article.id, anna), anna);
    expect(onChecker.notifications()).toHaveLength(1);
    const [notification] = onChecker.notifications();
    expect(onChecker.markSeen([notification!.id])).toEqual([]);

    // The checker hands it on to the chief: the editor's row follows, and the editor (not
    // assigned) gets no notification.
    const handedOn = onChecker.assign(article.id, { id: vera.id, name: vera.name });
    expect(handedOn.ok).toBe(true);
    receive(editor, article.id, relayed(checker, article.id, boris), boris);
    expect(editor.articles.assignments.current(article.id)).toEqual({
      id: vera.id,
      name: vera.name,
    });
    expect(editor.articles.assignments.history(article.id).map((entry) => entry.by)).toEqual([
      boris.name,
      anna.name,
    ]);
    expect(onEditor.notifications()).toEqual([]);
  });

  it('credit the writer the desk verified, not the name the writer put in the value', () => {
    const editor = joinedLibrary('editor', anna);
    const checker = joinedLibrary('checker', boris);
    const article = editor.articles.create({ headline: 'Подмена' }, 'editor');
    const doc = replicationOf(editor).replica.document(article.id);
    doc.getMap(articleDocumentKeys.fields).set(assignmentKey, {
      assignee: { id: boris.id, name: boris.name },
      by: vera.name,
      at: 1,
    });
    receive(checker, article.id, relayed(editor, article.id, anna), anna);
    expect(new AssignmentService(checker, 'checker').notifications()[0]?.by).toBe(anna.name);
  });

  it('go with a status move, and the library filters by assignee', () => {
    const library = joinedLibrary('editor', anna);
    const first = library.articles.create({ headline: 'Первая' }, 'editor');
    const second = library.articles.create({ headline: 'Вторая' }, 'editor');
    library.articles.create({ headline: 'Третья' }, 'editor');
    const workflow = new ArticleWorkflow(library);
    expect(
      workflow.moveStatus(
        { id: first.id, status: 'editing', assignee: { id: boris.id, name: boris.name } },
        'editor',
      ).ok,
    ).toBe(true);
    new AssignmentService(library, 'editor').assign(second.id, { id: anna.id, name: anna.name });
    const queries = new ArticleQueries(library.db);
    const ids = (assignee: unknown) =>
      queries
        .run(articleQuerySchema.parse({ assignee }))
        .articles.map((article) => article.headline)
        .sort();
    expect(ids({ kind: 'person', name: boris.name })).toEqual(['Первая']);
    expect(ids({ kind: 'person', name: anna.name })).toEqual(['Вторая']);
    // The seeded sample article is nobody's too.
    expect(ids({ kind: 'nobody' })).toContain('Третья');
    expect(ids({ kind: 'nobody' })).not.toContain('Первая');
  });

  it('count open quotations of my articles in the queue', () => {
    const library = joinedLibrary('checker', boris);
    const article = library.articles.create({ headline: 'С цитатами' }, 'checker');
    const service = new AssignmentService(library, 'checker');
    service.assign(article.id, { id: boris.id, name: boris.name });
    const insert = library.db.prepare(
      `INSERT INTO quote_annotations (id, article_id, state, kind, exact, start_offset, end_offset,
         verdict, created_by, created_at, updated_at)
       VALUES (?, ?, ?, 'inline', 'слова', 0, 5, ?, 'x', 0, 0)`,
    );
    insert.run('q1', article.id, 'active', 'unchecked');
    insert.run('q2', article.id, 'active', 'disputed');
    insert.run('q3', article.id, 'active', 'verified');
    insert.run('q4', article.id, 'dismissed', 'unchecked');
    const queue = service.queue();
    expect(queue.quotes).toEqual([expect.objectContaining({ open: 2 })]);
    expect(queue.counts.quotes).toBe(2);
  });

  it('alone, the queue belongs to the local user', () => {
    const library = openLibrary(path.join(dir, 'alone.galley'), { actor: 'ivan' });
    opened.push(library);
    const service = new AssignmentService(library, 'ivan');
    expect(service.me()).toEqual({ id: 'local:ivan', name: 'ivan', role: null });
    const article = library.articles.create({ headline: 'Своя' }, 'ivan');
    service.assign(article.id, { id: 'local:ivan', name: 'ivan' });
    expect(service.queue().counts.assigned).toBe(1);
    // Assigning oneself is no news.
    expect(service.notifications()).toEqual([]);
  });
});
