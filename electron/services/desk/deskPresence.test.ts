import { afterEach, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { PresenceCursor } from '../../../shared/desk/presenceSchema';
import { DeskPresence, presenceStaleMs } from './deskPresence';

const caret: PresenceCursor = {
  anchor: { type: null, tname: 'body', item: { client: 1, clock: 4 }, assoc: 0 },
  head: { type: null, tname: 'body', item: { client: 1, clock: 9 }, assoc: 0 },
};
const boris = { id: 'u-boris', name: 'Борис Иванов', role: 'fact-checker' as const };

/** Two workstations' awareness of one article, joined as the desk joins them, on a clock of its own. */
function twoWorkstations(stamp: boolean = true) {
  let time = 1_000;
  const here = new Awareness(new Y.Doc());
  const there = new Awareness(new Y.Doc());
  // What the desk does: relays each change, with the person it verified stamped on it.
  there.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
    const changed = [...added, ...updated];
    const state = there.getLocalState();
    if (changed.length === 0 || state === null) return;
    const stamped = new Map([[there.clientID, stamp ? { ...state, user: boris } : state]]);
    applyAwarenessUpdate(here, encodeAwarenessUpdate(there, changed, stamped), 'desk');
  });
  const held: string[] = [];
  const presence = new DeskPresence(
    {
      hold: (id) => {
        held.push(id);
        return here;
      },
      release: (id) => held.splice(held.indexOf(id), 1),
    },
    () => time,
  );
  return {
    presence,
    here,
    there,
    held,
    advance: (ms: number) => (time += ms),
  };
}

describe('DeskPresence', () => {
  const open: Awareness[] = [];
  afterEach(() => {
    for (const awareness of open.splice(0)) awareness.destroy();
  });

  it('publishes this workstation’s editors and answers with everyone else', async () => {
    const { presence, here, there, held } = twoWorkstations();
    open.push(here, there);
    expect(await presence.update('a1', 'window-one', caret, 0, 0)).toEqual({
      version: expect.any(Number) as unknown,
      people: [],
    });
    expect(held).toEqual(['a1']);
    expect(here.getLocalState()).toEqual({ sessions: [{ id: 'window-one', cursor: caret }] });

    there.setLocalState({ sessions: [{ id: 'window-b', cursor: null }] });
    const answer = await presence.update('a1', 'window-one', caret, 0, 0);
    expect(answer.people).toEqual([
      {
        ...boris,
        key: `${there.clientID}:window-b`,
        colour: expect.stringMatching(/^#[0-9a-f]{6}$/) as unknown,
        cursor: null,
      },
    ]);

    // A long poll is answered as soon as the other moves their caret.
    const waiting = presence.update('a1', 'window-one', caret, answer.version, 10_000);
    there.setLocalState({ sessions: [{ id: 'window-b', cursor: caret }] });
    expect((await waiting).people[0]?.cursor).toEqual(caret);

    // Closing the article: this workstation says nobody is here any more, and lets go.
    expect(presence.leave('a1', 'window-one')).toBe(true);
    expect(here.getLocalState()).toEqual({ sessions: [] });
    expect(held).toEqual([]);
    // An ask sent before the leave and arriving after it does not bring the editor back.
    await presence.update('a1', 'window-one', caret, 0, 0);
    expect(here.getLocalState()).toEqual({ sessions: [] });
  });

  it('drops a workstation that stopped renewing, and an editor that stopped asking', async () => {
    const { presence, here, there, advance } = twoWorkstations();
    open.push(here, there);
    await presence.update('a1', 'window-one', null, 0, 0);
    there.setLocalState({ sessions: [{ id: 'window-b', cursor: null }] });
    expect((await presence.update('a1', 'window-one', null, 0, 0)).people).toHaveLength(1);

    advance(presenceStaleMs + 1);
    presence.tick();
    expect((await presence.update('a1', 'window-one', null, 0, 0)).people).toEqual([]);
    // It speaks again: back at once.
    there.setLocalState({ sessions: [{ id: 'window-b', cursor: null }] });
    expect((await presence.update('a1', 'window-one', null, 0, 0)).people).toHaveLength(1);

    advance(30_000);
    presence.tick();
    expect(here.getLocalState()).toEqual({ sessions: [] });
  });

  it('shows nobody for a state that does not parse or names no verified person', async () => {
    for (const stamp of [true, false]) {
      const { presence, here, there } = twoWorkstations(stamp);
      open.push(here, there);
      await presence.update('a1', 'window-one', null, 0, 0);
      there.setLocalState(
        stamp
          ? { sessions: 'everyone' }
          : { sessions: [{ id: 'window-b', cursor: null }], user: { name: 'Вера' } },
      );
      expect((await presence.update('a1', 'window-one', null, 0, 0)).people).toEqual([]);
    }
  });
});
