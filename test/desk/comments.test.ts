import { beforeAll, describe, expect, it } from 'vitest';
import { CommentService } from '../../electron/services/comments/commentService';
import type { DeskAgent } from '../../electron/services/desk/deskAgent';
import type { Library } from '../../electron/services/library/openLibrary';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { doc, paragraph, text } from '../support/tiptapNodes';
import { waitFor } from './connectToDesk';
import { useDeskOfPeople } from './useDeskOfPeople';

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
  const people = useDeskOfPeople('galley-desk-comments-', [
    ['Анна Петрова', 'editor'],
    ['Борис Иванов', 'fact-checker'],
  ]);
  const { workstation, leave } = people;
  const join = (library: Library, token: string): DeskAgent =>
    people.join(library, token, { idleCloseMs: 60_000 });
  let annaToken: string;
  let borisToken: string;

  beforeAll(() => {
    annaToken = people.tokenOf('Анна Петрова');
    borisToken = people.tokenOf('Борис Иванов');
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
