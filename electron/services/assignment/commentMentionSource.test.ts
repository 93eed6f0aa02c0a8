import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/galleyServer';
import { doc, paragraph, text } from '../../../test/support/tiptapNodes';
import { CommentService } from '../comments/commentService';
import { openLibrary, type Library } from '../library/openLibrary';
import { AssignmentService } from './assignmentService';
import { commentMentionSource } from './commentMentionSource';

const threadId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';

describe("My queue's mentions, read from the library's comments", () => {
  let dir: string;
  let library: Library;
  let articleId: string;

  beforeEach(() => {
    dir = makeTempDir('galley-mentions-');
    library = openLibrary(path.join(dir, 'library.galley'), { actor: 'Анна' });
    articleId = library.articles.create(
      {
        headline: 'Рынок труда',
        body: doc(
          paragraph(
            text('Безработица выросла на '),
            text('сорок процентов', { type: 'commentAnchor', attrs: { id: threadId } }),
          ),
        ),
      },
      'Анна',
    ).id;
  });

  afterEach(() => {
    library.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists an open thread naming the person, with its headline, and drops it once resolved', () => {
    const boris = new CommentService(library, 'Борис');
    const anna = new CommentService(library, 'Анна');
    // Борис is a person the comments know once he has written one.
    boris.open({ articleId, id: threadId, body: 'Откуда цифра?', quotedText: '', quoteId: null });
    anna.reply(threadId, '@Борис из отчёта Росстата, проверь, пожалуйста, таблицу 3.');

    const queue = new AssignmentService(library, 'Борис', commentMentionSource(library.articles));
    const mine = queue.queue();
    expect(mine.counts.mentions).toBe(1);
    expect(mine.mentions[0]).toMatchObject({
      articleId,
      headline: 'Рынок труда',
      by: 'Анна',
      excerpt: '@Борис из отчёта Росстата, проверь, пожалуйста, таблицу 3.',
    });

    boris.setResolved(threadId, true);
    expect(queue.queue().counts.mentions).toBe(0);
  });
});
