import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/articleSchema';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { paragraph, text } from '../../test/support/tiptapNodes';
import { bodyJson } from './bodyJson';
import { diffBodyBlocks, topBlocks } from './diffBodyBlocks';
import type { JournalEntry } from './editJournal';
import { journalRecovery } from './journalRecovery';

function doc(...content: TiptapNode[]): ProseMirrorNode {
  return getDocumentSchema().nodeFromJSON({ type: 'doc', content });
}

/** The document after typing `inserted` at `pos`, as the editor would make it. */
function typed(before: ProseMirrorNode, pos: number, inserted: string): ProseMirrorNode {
  const state = EditorState.create({ doc: before });
  return state.apply(state.tr.insertText(inserted, pos)).doc;
}

/** The article as the server stores it, its body as JSON that went through the wire. */
function stored(body: ProseMirrorNode, version: number, headline = 'Заголовок'): Article {
  const json = JSON.parse(JSON.stringify(body.toJSON())) as TiptapNode;
  return { version, headline, lede: '', body: json } as unknown as Article;
}

const acknowledged = doc(
  paragraph(text('Сохранённый абзац.')),
  paragraph(text('Второй абзац.')),
  paragraph(text('Третий абзац.')),
);
// Typed into the second paragraph after the last acknowledged save: what the journal holds.
const edited = typed(acknowledged, 28, 'несохранённый ');
const entry: JournalEntry = {
  articleId: 'a',
  baseVersion: 7,
  fields: { headline: 'Новый заголовок' },
  body: { kind: 'splice', baseVersion: 7, change: diffBodyBlocks(topBlocks(acknowledged), edited) },
  at: 1000,
};

describe('journalRecovery', () => {
  it('splices the unsaved blocks into the stored body when it is still their base', () => {
    const recovery = journalRecovery(entry, stored(acknowledged, 7));
    expect(recovery).toMatchObject({ at: 1000, bodyMoved: false });
    expect(recovery?.fields).toEqual({ headline: 'Новый заголовок' });
    expect(recovery?.body).toEqual(bodyJson(edited));
    expect(JSON.stringify(recovery?.body)).toContain('Второй несохранённый абзац.');
  });

  it('splices too when only the version moved (a status change keeps the body)', () => {
    expect(journalRecovery(entry, stored(acknowledged, 9))?.body).toEqual(bodyJson(edited));
  });

  it('offers nothing when the save landed and only its answer was lost', () => {
    expect(journalRecovery(entry, stored(edited, 8, 'Новый заголовок'))).toBeNull();
    // The fields alone are still offered when they did not land.
    const recovery = journalRecovery(entry, stored(edited, 8));
    expect(recovery?.body).toBeUndefined();
    expect(recovery?.fields).toEqual({ headline: 'Новый заголовок' });
  });

  it('appends the unsaved blocks when the stored body moved on otherwise, never dropping them', () => {
    const elsewhere = typed(acknowledged, 3, 'чужая правка ');
    const recovery = journalRecovery(entry, stored(elsewhere, 8));
    expect(recovery?.bodyMoved).toBe(true);
    const content = recovery?.body?.content ?? [];
    expect(content).toHaveLength(4);
    expect(content.slice(0, 3)).toEqual(bodyJson(elsewhere).content);
    expect(JSON.stringify(content[3])).toContain('Второй несохранённый абзац.');
  });

  it('offers a whole journaled body unless it is the stored one', () => {
    const whole: JournalEntry = {
      ...entry,
      fields: {},
      body: { kind: 'whole', doc: bodyJson(edited) },
    };
    expect(journalRecovery(whole, stored(edited, 8))).toBeNull();
    expect(journalRecovery(whole, stored(acknowledged, 7))).toMatchObject({
      body: bodyJson(edited),
      bodyMoved: false,
    });
  });
});
