import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import {
  presenceCursorSchema,
  type PresenceCursor,
  type PresentPerson,
} from '../../../shared/desk/presenceSchema';
import { useApiClient } from '../../api/ApiClientContext';
import { applyRemotePresence } from './applyRemotePresence';

/**
 * Over IPC, one ask for others' presence waits up to this long for a change (and says this
 * editor is still here). Over HTTP a browser keeps six connections to a host, and each open
 * editor already holds one for `collab:pull`: presence asks without waiting, every second.
 */
const presenceWaitMs = 10_000;
const httpPollMs = 1_000;
/** A caret moving while typing is sent at most this often. */
const cursorSendMs = 120;

/**
 * Presence in the open article, while the library is joined to a desk: this editor's caret
 * (what the cursor plugin put in the local awareness state) goes to the local services, and
 * everyone else in the article comes back, into the same awareness (carets) and as a list
 * (the header's avatars). Closing the article leaves at once. Nothing here waits on presence:
 * a failed call is tried again on the next round.
 */
export function useArticlePresence(
  articleId: string | null,
  awareness: Awareness | null,
): PresentPerson[] {
  const client = useApiClient();
  const [people, setPeople] = useState<PresentPerson[]>([]);

  useEffect(() => {
    if (articleId === null || awareness === null) return;
    let active = true;
    const session = crypto.randomUUID();
    const clientIds = new Map<string, number>();
    let applied = -1;
    let cursorTimer: ReturnType<typeof setTimeout> | undefined;

    const localCursor = (): PresenceCursor | null => {
      const state = awareness.getLocalState() as { cursor?: unknown } | null;
      // The plugin keeps Y.RelativePosition objects: sent as the JSON they encode to.
      const parsed = presenceCursorSchema.safeParse(
        JSON.parse(JSON.stringify(state?.cursor ?? null)),
      );
      return parsed.success ? parsed.data : null;
    };
    const take = (version: number, next: PresentPerson[]): void => {
      if (!active || version < applied) return;
      applied = version;
      applyRemotePresence(awareness, next, clientIds);
      setPeople(next);
    };
    const send = async (waitMs: number): Promise<number> => {
      const result = await client.call('presence:update', {
        id: articleId,
        session,
        cursor: localCursor(),
        since: Math.max(applied, 0),
        waitMs,
      });
      if (!result.ok) return -1;
      take(result.value.version, result.value.people);
      return result.value.version;
    };

    const onChange = ({ added, updated }: { added: number[]; updated: number[] }): void => {
      if (![...added, ...updated].includes(awareness.clientID)) return;
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => void send(0), cursorSendMs);
    };
    awareness.on('change', onChange);
    // A closed tab leaves as a closed article does (a page kept for "back" comes again on its next ask).
    const leave = (): void =>
      void client.call('presence:leave', { id: articleId, session }, { keepalive: true });
    window.addEventListener('pagehide', leave);

    const longPoll = client.transport === 'ipc';
    void (async () => {
      while (active) {
        const version = await send(longPoll ? presenceWaitMs : 0);
        // Offline or the server restarting: ask again shortly.
        const pause = version < 0 ? 2_000 : longPoll ? 0 : httpPollMs;
        if (pause > 0 && active) await new Promise((resolve) => setTimeout(resolve, pause));
      }
    })();

    return () => {
      active = false;
      clearTimeout(cursorTimer);
      awareness.off('change', onChange);
      window.removeEventListener('pagehide', leave);
      applyRemotePresence(awareness, [], clientIds);
      setPeople([]);
      leave();
    };
  }, [client, articleId, awareness]);

  return people;
}
