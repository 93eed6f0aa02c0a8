import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readArticleComments,
  readVerifiedComments,
  writeArticleComments,
  writeCommentReply,
  writeCommentResolution,
  type CommentThreadEntry,
} from './articleComments';
import { deskAuthorsKey } from './deskAuthors';

const threadId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';
const at = 1_700_000_000_000;

function thread(fields: Partial<CommentThreadEntry> = {}): CommentThreadEntry {
  return {
    id: threadId,
    author: 'Анна',
    body: 'Откуда эта цифра? @Борис',
    mentions: ['Борис'],
    createdAt: at,
    quotedText: 'сорок процентов',
    start: 10,
    end: 25,
    quoteId: null,
    resolution: { resolved: false, by: '', at: null },
    replies: [],
    ...fields,
  };
}

function workstation(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Two machines that share a thread, then go offline. */
function twoOffline(): [Y.Doc, Y.Doc] {
  const anna = workstation(101);
  const boris = workstation(202);
  writeArticleComments(anna, [thread()]);
  sync(anna, boris);
  return [anna, boris];
}

describe('comments in the article document', () => {
  it('keeps concurrent replies from two offline machines, whichever update arrives first', () => {
    for (const order of ['anna first', 'boris first'] as const) {
      const [anna, boris] = twoOffline();
      writeCommentReply(anna, threadId, {
        id: '01JF3Q6X8ZC1V7M2N4P5R6S7TA',
        author: 'Анна',
        body: 'Из отчёта министерства',
        mentions: [],
        createdAt: at + 1,
      });
      writeCommentReply(boris, threadId, {
        id: '01JF3Q6X8ZC1V7M2N4P5R6S7TB',
        author: 'Борис',
        body: 'Нужна ссылка',
        mentions: [],
        createdAt: at + 2,
      });
      const annaUpdate = Y.encodeStateAsUpdate(anna);
      const borisUpdate = Y.encodeStateAsUpdate(boris);
      const merged = workstation(303);
      const updates =
        order === 'anna first' ? [annaUpdate, borisUpdate] : [borisUpdate, annaUpdate];
      for (const update of updates) Y.applyUpdate(merged, update);
      sync(anna, boris);
      sync(boris, anna);
      for (const doc of [merged, anna, boris]) {
        const [only] = readArticleComments(doc);
        expect(only?.replies.map((reply) => reply.body)).toEqual([
          'Из отчёта министерства',
          'Нужна ссылка',
        ]);
      }
    }
  });

  it('keeps a reply written while someone else resolved the thread, and the resolution', () => {
    const [anna, boris] = twoOffline();
    writeCommentResolution(anna, threadId, { resolved: true, by: 'Анна', at: at + 5 });
    writeCommentReply(boris, threadId, {
      id: '01JF3Q6X8ZC1V7M2N4P5R6S7TB',
      author: 'Борис',
      body: 'Ещё вопрос',
      mentions: [],
      createdAt: at + 6,
    });
    sync(boris, anna);
    sync(anna, boris);
    for (const doc of [anna, boris]) {
      const [only] = readArticleComments(doc);
      expect(only?.resolution).toEqual({ resolved: true, by: 'Анна', at: at + 5 });
      expect(only?.replies.map((reply) => reply.body)).toEqual(['Ещё вопрос']);
    }
  });

  it('settles concurrent resolve and reopen on one of them, the same on every machine', () => {
    const [anna, boris] = twoOffline();
    writeCommentResolution(anna, threadId, { resolved: true, by: 'Анна', at: at + 5 });
    writeCommentResolution(boris, threadId, { resolved: false, by: '', at: null });
    writeCommentResolution(boris, threadId, { resolved: true, by: 'Борис', at: at + 7 });
    sync(boris, anna);
    sync(anna, boris);
    expect(readArticleComments(anna)[0]?.resolution).toEqual(
      readArticleComments(boris)[0]?.resolution,
    );
  });

  it('writes rows into a document without touching what is already there, and never removes a thread', () => {
    const doc = workstation(101);
    writeArticleComments(doc, [thread()]);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    writeArticleComments(doc, [thread()]);
    expect(updates).toBe(0);
    writeArticleComments(doc, []);
    expect(readArticleComments(doc)).toHaveLength(1);
  });

  it('names the desk-verified author and resolver, not the names the writers claimed', () => {
    const [anna, boris] = twoOffline();
    writeCommentResolution(boris, threadId, { resolved: true, by: 'Анна', at: at + 5 });
    sync(boris, anna);
    anna.getMap<string>(deskAuthorsKey).set('101', 'Анна Петрова');
    anna.getMap<string>(deskAuthorsKey).set('202', 'Борис Сидоров');
    const [verified] = readVerifiedComments(anna);
    expect(verified?.author).toBe('Анна Петрова');
    expect(verified?.resolution.by).toBe('Борис Сидоров');
  });
});
