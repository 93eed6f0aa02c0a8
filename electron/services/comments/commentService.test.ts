import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticleComments } from '../../../shared/desk/articleComments';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { makeTempDir } from '../../../test/support/galleyServer';
import { doc, paragraph, text } from '../../../test/support/tiptapNodes';
import { replicationOf } from '../desk/articleReplication';
import { openLibrary, type Library } from '../library/openLibrary';
import { CommentService } from './commentService';

const threadId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';
const otherThreadId = '01JF3Q6X8ZC1V7M2N4P5R6S7TA';

const body = (commented: string | null, later = 'Второй абзац.'): TiptapNode =>
  doc(
    paragraph(
      text('Безработица выросла на '),
      ...(commented ? [text(commented, { type: 'commentAnchor', attrs: { id: threadId } })] : []),
      text('.'),
    ),
    paragraph(text(later, { type: 'commentAnchor', attrs: { id: otherThreadId } })),
  );

describe('comment threads in the library', () => {
  let dir: string;
  let library: Library;
  let articleId: string;
  let anna: CommentService;
  let boris: CommentService;

  beforeEach(() => {
    dir = makeTempDir('galley-comments-');
    library = openLibrary(path.join(dir, 'library.galley'), { actor: 'Анна' });
    articleId = library.articles.create(
      { headline: 'Рынок труда', body: body('сорок процентов') },
      'Анна',
    ).id;
    anna = new CommentService(library, 'Анна');
    boris = new CommentService(library, 'Борис Иванов');
  });

  afterEach(() => {
    library.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens a thread on its marked text, takes replies, resolves and reopens it', () => {
    // Борис is known by his full name once he has commented.
    boris.open({
      articleId,
      id: otherThreadId,
      body: 'Абзац лишний?',
      quotedText: '',
      quoteId: null,
    });
    const opened = anna.open({
      articleId,
      id: threadId,
      body: 'Откуда цифра? @Борис Иванов, проверьте',
      quotedText: 'сорок процентов',
      quoteId: null,
    });
    expect(opened).toMatchObject({
      quotedText: 'сорок процентов',
      start: 23,
      end: 38,
      author: 'Анна',
      mentions: ['Борис Иванов'],
      orphaned: false,
      resolved: false,
    });
    boris.reply(threadId, 'Из отчёта Росстата, @Анна');
    const resolved = anna.setResolved(threadId, true);
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'Анна' });
    expect(resolved.replies.map((reply) => [reply.author, reply.mentions])).toEqual([
      ['Борис Иванов', ['Анна']],
    ]);
    expect(boris.setResolved(threadId, false)).toMatchObject({
      resolved: false,
      resolvedBy: '',
      resolvedAt: null,
    });
    expect(anna.list(articleId).map((thread) => thread.id)).toEqual([threadId, otherThreadId]);
  });

  it('keeps a thread whose text is deleted as orphaned, listed after the anchored ones, and revives it on undo', () => {
    anna.open({ articleId, id: threadId, body: 'Цифра?', quotedText: '', quoteId: null });
    anna.open({ articleId, id: otherThreadId, body: 'Абзац?', quotedText: '', quoteId: null });
    library.articles.update(articleId, { body: body(null) }, 'Анна');
    let threads = anna.list(articleId);
    expect(threads.map((thread) => [thread.id, thread.orphaned, thread.quotedText])).toEqual([
      [otherThreadId, false, 'Второй абзац.'],
      [threadId, true, 'сорок процентов'],
    ]);
    library.articles.update(articleId, { body: body('сорок процентов') }, 'Анна');
    threads = anna.list(articleId);
    expect(threads.map((thread) => [thread.id, thread.orphaned])).toEqual([
      [threadId, false],
      [otherThreadId, false],
    ]);
  });

  it('lists the comments and replies that mention a person, for "My queue"', () => {
    anna.open({
      articleId,
      id: threadId,
      body: '@Борис, источник?',
      quotedText: '',
      quoteId: null,
    });
    anna.reply(threadId, 'И ещё: @Вера посмотрите');
    anna.reply(threadId, '@Борис жду');
    const mentions = library.articles.comments.listMentions('Борис');
    expect(mentions.map((mention) => mention.body)).toEqual(['@Борис жду', '@Борис, источник?']);
    expect(mentions.every((mention) => mention.threadId === threadId)).toBe(true);
    expect(library.articles.comments.listMentions('Вера')).toHaveLength(1);
    expect(library.articles.comments.listMentions('Глеб')).toEqual([]);
  });

  it('writes comments into the article’s document once it has one, and takes in merged ones', () => {
    anna.open({ articleId, id: threadId, body: 'Цифра?', quotedText: '', quoteId: null });
    // Alone, an article gets a document when the editor opens it (or the library joins a desk).
    const replication = replicationOf(library);
    replication.mirror(articleId);
    const document = replication.replica.document(articleId);
    expect(readArticleComments(document).map((thread) => thread.body)).toEqual(['Цифра?']);
    anna.reply(threadId, 'Уточняю');
    expect(readArticleComments(replication.replica.document(articleId))[0]?.replies).toHaveLength(
      1,
    );

    // A reply from another machine arrives in the merged document.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(replication.replica.document(articleId)));
    const replies = elsewhere
      .getMap<Y.Map<unknown>>('comments')
      .get(threadId)!
      .get('replies') as Y.Map<unknown>;
    const reply = new Y.Map<unknown>();
    replies.set('01JF3Q6X8ZC1V7M2N4P5R6S7TC', reply);
    reply.set('author', 'Борис');
    reply.set('body', 'Из отчёта');
    reply.set('mentions', []);
    reply.set('createdAt', Date.now() + 1000);
    const merged = replication.replica.document(articleId);
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(elsewhere));
    replication.materialize(articleId, merged, 'Борис', true);
    expect(anna.list(articleId)[0]?.replies.map((item) => item.body)).toEqual([
      'Уточняю',
      'Из отчёта',
    ]);
  });
});
