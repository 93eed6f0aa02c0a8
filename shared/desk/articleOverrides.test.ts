import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readArticleOverrides,
  writeArticleOverrides,
  type OverrideEntry,
} from './articleOverrides';
import { deskAuthorsKey } from './deskAuthors';

function override(fields: Partial<OverrideEntry> = {}): OverrideEntry {
  return {
    id: '01JF3Q6X8ZC1V7M2N4P5R6S7TA',
    at: 1_700_000_000_000,
    actor: 'Главный редактор',
    reason: 'Источник подтвердил по телефону',
    bodyHash: 'a'.repeat(64),
    openQuotes: [{ text: 'Мост откроют в мае' }],
    ...fields,
  };
}

describe('article overrides in the desk document', () => {
  it('credits an override to the person the desk stamped for its writer, and to the claim only before that', () => {
    const chief = new Y.Doc();
    chief.clientID = 101;
    writeArticleOverrides(chief, [override()]);
    expect(readArticleOverrides(chief)).toEqual([override()]);

    const desk = new Y.Doc();
    desk.getMap<string>(deskAuthorsKey).set('101', 'Вера Соколова');
    Y.applyUpdate(desk, Y.encodeStateAsUpdate(chief));
    expect(readArticleOverrides(desk)).toEqual([override({ actor: 'Вера Соколова' })]);
  });

  it('adds an override once however often it is written, and lists them oldest first', () => {
    const doc = new Y.Doc();
    const later = override({ id: '01JF3Q6X8ZC1V7M2N4P5R6S7TB', at: 1_700_000_500_000 });
    writeArticleOverrides(doc, [later]);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    writeArticleOverrides(doc, [later]);
    expect(updates).toBe(0);
    writeArticleOverrides(doc, [override(), later]);
    expect(readArticleOverrides(doc).map(({ id }) => id)).toEqual([override().id, later.id]);
  });
});
