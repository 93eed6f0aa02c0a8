import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommentService } from '../../electron/services/comments/commentService';
import { DeskAgent } from '../../electron/services/desk/deskAgent';
import type { DeskStore } from '../../electron/services/desk/deskStore';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { startDeskServer, type DeskServer } from '../../electron/services/desk/startDeskServer';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { makeTempDir } from '../support/galleyServer';
import { doc, paragraph, text } from '../support/tiptapNodes';
import { waitFor } from './connectToDesk';

const threadId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';

const body = (commented: boolean): TiptapNode =>
  doc(
    paragraph(
      text('Безработица выросла на '),
      ...(commented
        ? [text('сорок процентов', { type: 'commentAnchor', attrs: { id: threadId } })]
        : []),
      text(' за год.'),
    ),
    paragraph(text('Второй абзац.')),
  );

describe('comments between workstations of one desk', () => {
  let dir: string;
  let store: DeskStore;
  let desk: DeskServer;
  let annaToken: string;
  let borisToken: string;
  const libraries: Library[] = [];
  const agents = new Set<DeskAgent>();

  const workstation = (name: string): Library => {
    const library = openLibrary(path.join(dir, `${name}.galley`), { actor: name });
    libraries.push(library);
    return library;
  };
  const join = (library: Library, token: string): DeskAgent => {
    const agent = new DeskAgent({
      library,
      url: desk.url,
      token,
      pollMs: 100,
      idleCloseMs: 60_000,
    });
    agents.add(agent);
    agent.start();
    return agent;
  };
  const leave = async (agent: DeskAgent): Promise<void> => {
    await agent.stop();
    agents.delete(agent);
  };

  beforeAll(async () => {
    dir = makeTempDir('galley-desk-comments-');
    store = await openDeskStore(path.join(dir, 'desk.sqlite'));
    annaToken = (await addDeskUser(store, 'Анна Петрова', 'editor', Date.now())).token;
    borisToken = (await addDeskUser(store, 'Борис Иванов', 'fact-checker', Date.now())).token;
    desk = await startDeskServer({ store, port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    for (const agent of agents) await agent.stop();
    for (const library of libraries) library.close();
    await desk.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('carries a thread opened before joining, merges replies written offline on two machines, and keeps it when its text goes', async () => {
    const editor = workstation('editor');
    const checker = workstation('checker');
    // Alone: the article has no desk document yet; the thread lives in the library only.
    const article = editor.articles.create({ headline: 'Рынок труда', body: body(true) }, 'editor');
    const annaHere = new CommentService(editor, 'editor');
    const borisHere = new CommentService(checker, 'checker');
    annaHere.open({
      articleId: article.id,
      id: threadId,
      body: 'Откуда цифра?',
      quotedText: 'сорок процентов',
      quoteId: null,
    });

    let anna = join(editor, annaToken);
    let boris = join(checker, borisToken);
    await waitFor(
      () => checker.articles.comments.threads(article.id).length === 1,
      'the thread on the checker’s workstation',
    );
    expect(checker.articles.comments.threads(article.id)[0]).toMatchObject({
      body: 'Откуда цифра?',
      author: 'Анна Петрова',
      quotedText: 'сорок процентов',
      orphaned: false,
    });

    // Both go offline; each replies, and the checker resolves the thread as well.
    await waitFor(
      () => anna.status().pending === 0 && boris.status().pending === 0,
      'everything pushed',
    );
    await leave(anna);
    await leave(boris);
    borisHere.reply(threadId, 'Из отчёта Росстата за март.');
    borisHere.setResolved(threadId, true);
    annaHere.reply(threadId, 'Проверьте ещё раз, пожалуйста.');

    anna = join(editor, annaToken);
    boris = join(checker, borisToken);
    const bothReplies = (library: Library): boolean =>
      library.articles.comments.threads(article.id)[0]?.replies.length === 2;
    await waitFor(() => bothReplies(editor) && bothReplies(checker), 'both replies everywhere');
    for (const library of [editor, checker]) {
      const [thread] = library.articles.comments.threads(article.id);
      expect(
        thread?.replies
          .map((reply) => [reply.author, reply.body])
          .sort((a, b) => a[1]!.localeCompare(b[1]!)),
      ).toEqual([
        ['Борис Иванов', 'Из отчёта Росстата за март.'],
        ['Анна Петрова', 'Проверьте ещё раз, пожалуйста.'],
      ]);
      expect(thread).toMatchObject({ resolved: true, resolvedBy: 'Борис Иванов' });
    }

    // The editor @mentions the checker, known by his full name now that he has written here.
    annaHere.reply(threadId, '@Борис Иванов, посмотрите второй абзац');
    await waitFor(
      () => checker.articles.comments.listMentions('Борис Иванов').length === 1,
      'the mention on the checker’s workstation',
    );

    // The commented words are deleted on one machine: on the other the thread stays, orphaned.
    editor.articles.update(article.id, { body: body(false) }, 'editor');
    await waitFor(
      () => checker.articles.comments.threads(article.id)[0]?.orphaned === true,
      'the orphaned thread on the checker’s workstation',
    );
    const [orphaned] = checker.articles.comments.threads(article.id);
    expect(orphaned).toMatchObject({ quotedText: 'сорок процентов', resolved: true });
    expect(orphaned?.replies).toHaveLength(3);
  });
});
