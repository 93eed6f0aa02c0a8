import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { PresenceCursor } from '../../../shared/desk/presenceSchema';
import { applyRemotePresence } from './applyRemotePresence';

const caret: PresenceCursor = {
  anchor: { type: null, tname: 'body', item: { client: 1, clock: 4 }, assoc: 0 },
  head: { type: null, tname: 'body', item: { client: 1, clock: 9 }, assoc: 0 },
};
const boris = { id: 'u-boris', name: 'Борис Иванов', role: 'fact-checker' as const };

describe('applyRemotePresence', () => {
  it('puts others into the editor’s awareness for the cursor plugin, and takes out who left', () => {
    const awareness = new Awareness(new Y.Doc());
    const changes: { added: number[]; updated: number[]; removed: number[] }[] = [];
    awareness.on('change', (change: (typeof changes)[number]) => changes.push(change));
    const ids = new Map<string, number>();
    const person = { ...boris, key: '7:window-b', colour: '#1d4ed8', cursor: caret };
    applyRemotePresence(awareness, [person], ids);
    const id = ids.get('7:window-b') ?? -1;
    expect(id).not.toBe(awareness.clientID);
    expect(awareness.getStates().get(id)).toEqual({
      user: { name: 'Борис Иванов', color: '#1d4ed8' },
      cursor: caret,
    });
    // The same again renews the state without a change; a move is a change.
    applyRemotePresence(awareness, [person], ids);
    applyRemotePresence(awareness, [{ ...person, cursor: null }], ids);
    applyRemotePresence(awareness, [], ids);
    expect(changes).toEqual([
      { added: [id], updated: [], removed: [] },
      { added: [], updated: [id], removed: [] },
      { added: [], updated: [], removed: [id] },
    ]);
    expect(awareness.getStates().has(id)).toBe(false);
    awareness.destroy();
  });
});
