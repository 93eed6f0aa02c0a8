import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { describeApiError } from '../api/describeApiError';
import type { Article, ArticlePatch } from '../../shared/article/articleSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import type { ApiResult } from '../../shared/api/apiResult';
import { useApiClient } from '../api/ApiClientContext';
import type { ArticleChange } from '../api/updateArticleCache';
import { editJournal } from './editJournal';
import { createSaveStateStore, type SaveStateStore } from './saveStateStore';

export type { SaveState } from './saveStateStore';

type FieldPatch = Omit<ArticlePatch, 'body'>;

/** Quiet time after the last change before saving, and the longest a change may wait. */
const debounceMs = 400;
const maxWaitMs = 1000;
/** A due save waits for an idle moment between keystrokes, but not longer than this. */
const idleTimeoutMs = 200;
const firstRetryDelayMs = 2000;
const maxRetryDelayMs = 30_000;

export type RunServerChange = (
  /** `baseVersion` is undefined when versions are not checked (the article is a Yjs document). */
  call: (baseVersion: number | undefined) => Promise<ApiResult<Article>>,
  changed: readonly ArticleChange[],
) => Promise<ApiResult<Article>>;

export interface ArticleAutosave {
  /** Saved, saving, failed: read with `useSaveState`, so that a change renders only its readers. */
  saveState: SaveStateStore;
  changeFields: (fields: FieldPatch) => void;
  changeBody: () => void;
  saveNow: () => Promise<void>;
  /**
   * Saves what is pending, then runs a change of its own (status, restore) on the newest
   * version; `changed` names the fields it may change, for the caches to follow.
   */
  runServerChange: RunServerChange;
  /** A save made another way (the body's Yjs updates): later changes build on its version. */
  adoptVersion: (version: number) => void;
}

export interface AutosaveOptions {
  /**
   * Send each save with the version it was based on, refused when the article moved on. Off
   * when the article is a Yjs document: then edits merge, and versions move under the editor.
   */
  checkVersion: boolean;
}

/**
 * Saves an article's changes through the API within a second of the last keystroke:
 * one request in flight at a time, each carrying the version it was based on, and what
 * failed is kept to send again. The body is serialised only when a save goes out, never
 * per keystroke.
 */
export function useArticleAutosave(
  article: Article,
  getBody: () => TiptapNode | null,
  onSaved: (article: Article, changed: readonly ArticleChange[]) => void,
  options: AutosaveOptions = { checkVersion: true },
): ArticleAutosave {
  const { checkVersion } = options;
  const client = useApiClient();
  const [saveState] = useState(() => createSaveStateStore({ kind: 'saved' }));
  const pendingFields = useRef<FieldPatch>({});
  const isBodyDirty = useRef(false);
  const version = useRef(article.version);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const idle = useRef<number | undefined>(undefined);
  const firstUnsavedAt = useRef<number | null>(null);
  const retryDelay = useRef(firstRetryDelayMs);
  const latest = useRef({ getBody, onSaved });
  useLayoutEffect(() => {
    latest.current = { getBody, onSaved };
  });

  const hasPending = (): boolean =>
    isBodyDirty.current || Object.keys(pendingFields.current).length > 0;

  const flush = useCallback(
    async (keepalive = false): Promise<void> => {
      clearTimeout(timer.current);
      if (idle.current !== undefined) cancelIdleCallback(idle.current);
      idle.current = undefined;
      while (inFlight.current) await inFlight.current;
      if (!hasPending()) return;
      const patch: ArticlePatch = { ...pendingFields.current };
      if (isBodyDirty.current) {
        const body = latest.current.getBody();
        if (body) patch.body = body;
      }
      pendingFields.current = {};
      isBodyDirty.current = false;
      firstUnsavedAt.current = null;
      editJournal.write(article.id, version.current, patch);
      saveState.update((current) => (current.kind === 'saving' ? current : { kind: 'saving' }));
      inFlight.current = client
        .call(
          'articles:update',
          { id: article.id, patch, ...(checkVersion ? { baseVersion: version.current } : {}) },
          { keepalive },
        )
        .then((result) => {
          if (result.ok) {
            version.current = result.value.version;
            retryDelay.current = firstRetryDelayMs;
            if (!hasPending()) editJournal.clear(article.id);
            latest.current.onSaved(result.value, Object.keys(patch) as ArticleChange[]);
            saveState.update(() => (hasPending() ? { kind: 'saving' } : { kind: 'saved' }));
            return;
          }
          // Keep what failed, under anything typed since, so a retry sends it all.
          pendingFields.current = { ...patch, ...pendingFields.current };
          delete (pendingFields.current as ArticlePatch).body;
          if (patch.body) isBodyDirty.current = true;
          if (result.error.code === 'conflict') {
            saveState.update(() => ({ kind: 'conflict', message: describeApiError(result.error) }));
            return;
          }
          saveState.update(() => ({ kind: 'failed', message: describeApiError(result.error) }));
        })
        .finally(() => {
          inFlight.current = null;
        });
      await inFlight.current;
    },
    [client, article.id, checkVersion, saveState],
  );

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = saveState.subscribe(() => {
      clearTimeout(retry);
      if (saveState.get().kind !== 'failed') return;
      // Offline or server down: keep trying, backing off, while the journal holds the edits.
      retry = setTimeout(() => void flush(), retryDelay.current);
      retryDelay.current = Math.min(retryDelay.current * 2, maxRetryDelayMs);
    });
    return () => {
      clearTimeout(retry);
      unsubscribe();
    };
  }, [saveState, flush]);

  const schedule = useCallback(() => {
    const now = Date.now();
    firstUnsavedAt.current ??= now;
    const wait = Math.min(debounceMs, Math.max(0, firstUnsavedAt.current + maxWaitMs - now));
    clearTimeout(timer.current);
    // The same state object when nothing changes: a keystroke must not re-render the page.
    saveState.update((current) =>
      current.kind === 'conflict' || current.kind === 'saving' ? current : { kind: 'saving' },
    );
    // A save already due takes this change too; postponing it again could starve it.
    if (idle.current !== undefined) return;
    // Serialising a long body takes a while: done in an idle moment, not in a keystroke's frame.
    timer.current = setTimeout(() => {
      idle.current = requestIdleCallback(() => void flush(), { timeout: idleTimeoutMs });
    }, wait);
  }, [flush, saveState]);

  const changeFields = useCallback(
    (fields: FieldPatch) => {
      Object.assign(pendingFields.current, fields);
      schedule();
    },
    [schedule],
  );

  const changeBody = useCallback(() => {
    isBodyDirty.current = true;
    schedule();
  }, [schedule]);

  useEffect(() => {
    // A save sent as the page goes away must outlive it: keepalive over HTTP, and the
    // journal in case even that does not arrive.
    const onPageHide = (): void => {
      if (hasPending()) {
        const body = isBodyDirty.current ? latest.current.getBody() : null;
        editJournal.write(article.id, version.current, {
          ...pendingFields.current,
          ...(body ? { body } : {}),
        });
      }
      void flush(true);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush, article.id]);

  const runServerChange = useCallback(
    async (
      call: (baseVersion: number | undefined) => Promise<ApiResult<Article>>,
      changed: readonly ArticleChange[],
    ) => {
      await flush();
      while (inFlight.current) await inFlight.current;
      // Joined to a desk, others' comments, checks and edits move the version under the editor
      // at any time, all of them merged and shown: a move or restore is not refused for them.
      const result = await call(checkVersion ? version.current : undefined);
      if (result.ok) {
        version.current = result.value.version;
        latest.current.onSaved(result.value, changed);
      }
      return result;
    },
    [flush, checkVersion],
  );

  const adoptVersion = useCallback((saved: number) => {
    version.current = Math.max(version.current, saved);
  }, []);

  // One object for the article's lifetime: panels that take it do not render again per keystroke.
  return useMemo(
    () => ({
      saveState,
      changeFields,
      changeBody,
      saveNow: () => flush(),
      runServerChange,
      adoptVersion,
    }),
    [saveState, changeFields, changeBody, flush, runServerChange, adoptVersion],
  );
}
