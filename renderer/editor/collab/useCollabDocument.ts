import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { describeApiError } from '../../api/describeApiError';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Article } from '../../../shared/article/articleSchema';
import { useApiClient } from '../../api/ApiClientContext';
import { decodeBase64 } from '../../api/decodeBase64';
import { encodeBase64 } from '../../api/encodeBase64';
import type { SaveState } from '../useArticleAutosave';

/** Origin of updates that came from the services: not sent back, not undone by this person. */
const servicesOrigin = Symbol('galley-services');
const pushDelayMs = 150;
const maxRetryDelayMs = 30_000;
const pullWaitMs = 20_000;

/** Where updates not yet taken by the services wait, so a closed tab loses nothing typed. */
const journalKey = (articleId: string): string => `galley:collab:${articleId}`;

export interface CollabDocument {
  /** Null until the document has been loaded from the services. */
  doc: Y.Doc | null;
  /**
   * Who is in the article, for carets (`yCursorPlugin`): this editor's own state and, put in by
   * `useArticlePresence`, everyone else's. Ready with the document.
   */
  awareness: Awareness | null;
  state: SaveState;
  loadFailed: string | null;
  retry: () => void;
  /**
   * Sends what is typed here now, without the usual moment's wait, and resolves once the
   * services hold it (or a send failed): for a call that reads the saved body right after, such
   * as annotating a quotation whose mark was just set.
   */
  flush: () => Promise<void>;
}

/**
 * The editor's copy of an article's Yjs document (used while the library is joined to a desk):
 * loaded from the local services, this person's updates sent back within a moment of typing,
 * and everyone else's (another window, the CLI, the desk) pulled in as they land, so text typed
 * on another machine appears here without a reload. Unsent updates are kept in localStorage.
 */
export function useCollabDocument(
  articleId: string | null,
  onSaved: (article: Article) => void,
  onRemote: (doc: Y.Doc) => void,
): CollabDocument {
  const client = useApiClient();
  const [loaded, setLoaded] = useState<{ doc: Y.Doc; awareness: Awareness } | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [loadFailed, setLoadFailed] = useState<string | null>(null);
  const retryNow = useRef<() => void>(() => undefined);
  const flushNow = useRef<() => Promise<void>>(() => Promise.resolve());
  const latest = useRef({ onSaved, onRemote });
  useLayoutEffect(() => {
    latest.current = { onSaved, onRemote };
  });

  useEffect(() => {
    if (articleId === null) return;
    let active = true;
    const ydoc = new Y.Doc();
    const awareness = new Awareness(ydoc);
    let pending: Uint8Array[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let retryDelay = 1_000;
    let since = 0;

    const journal = (): void => {
      if (pending.length === 0) localStorage.removeItem(journalKey(articleId));
      else localStorage.setItem(journalKey(articleId), encodeBase64(Y.mergeUpdates(pending)));
    };
    let sending: Promise<boolean> | null = null;
    /** Sends what is pending; true when the services took it (or nothing was left to send). */
    const send = async (keepalive: boolean): Promise<boolean> => {
      const update = Y.mergeUpdates(pending);
      pending = [];
      const result = await client.call(
        'collab:push',
        { id: articleId, update: encodeBase64(update) },
        { keepalive },
      );
      if (result.ok) {
        retryDelay = 1_000;
        journal();
        latest.current.onSaved(result.value);
        if (active) setState(pending.length > 0 ? { kind: 'saving' } : { kind: 'saved' });
        if (pending.length > 0) schedule(0);
        return true;
      }
      pending.unshift(update);
      journal();
      if (!active) return false;
      setState({ kind: 'failed', message: describeApiError(result.error) });
      schedule(retryDelay);
      retryDelay = Math.min(retryDelay * 2, maxRetryDelayMs);
      return false;
    };
    const push = (keepalive = false): Promise<boolean> => {
      clearTimeout(timer);
      if (sending) return sending;
      if (pending.length === 0) return Promise.resolve(true);
      const current = send(keepalive).finally(() => {
        sending = null;
      });
      sending = current;
      return current;
    };
    const schedule = (delay: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void push(), delay);
    };
    retryNow.current = () => void push();
    flushNow.current = async () => {
      // A send already under way may have left out what was typed during it: send until none is left.
      while (active && (sending || pending.length > 0)) {
        if (!(await (sending ?? push()))) return;
      }
    };

    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === servicesOrigin) return;
      pending.push(update);
      journal();
      setState((current) => (current.kind === 'saving' ? current : { kind: 'saving' }));
      if (!sending) schedule(pushDelayMs);
    });

    const pull = async (): Promise<void> => {
      while (active) {
        const result = await client.call('collab:pull', {
          id: articleId,
          vector: encodeBase64(Y.encodeStateVector(ydoc)),
          since,
          waitMs: pullWaitMs,
        });
        if (!active) return;
        if (!result.ok) {
          // Offline or the server restarting: try again shortly.
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          continue;
        }
        since = result.value.seq;
        if (result.value.update) {
          Y.applyUpdate(ydoc, decodeBase64(result.value.update), servicesOrigin);
          latest.current.onRemote(ydoc);
        }
      }
    };

    void (async () => {
      const opened = await client.call('collab:open', { id: articleId });
      if (!active) return;
      if (!opened.ok) {
        setLoadFailed(describeApiError(opened.error));
        return;
      }
      Y.applyUpdate(ydoc, decodeBase64(opened.value.update), servicesOrigin);
      // Typed before a crash or a closed tab and never taken: sent now.
      const unsent = localStorage.getItem(journalKey(articleId));
      if (unsent) Y.applyUpdate(ydoc, decodeBase64(unsent));
      setLoaded({ doc: ydoc, awareness });
      latest.current.onRemote(ydoc);
      void pull();
    })();

    const onPageHide = (): void => void push(true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      active = false;
      window.removeEventListener('pagehide', onPageHide);
      awareness.destroy();
      void push(true).finally(() => ydoc.destroy());
    };
  }, [client, articleId]);

  return {
    doc: loaded?.doc ?? null,
    awareness: loaded?.awareness ?? null,
    state,
    loadFailed,
    retry: () => retryNow.current(),
    flush: () => flushNow.current(),
  };
}
