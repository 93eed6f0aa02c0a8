import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { describeApiError } from '../api/describeApiError';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Article, ArticlePatch, SavedArticle } from '../../shared/article/articleSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import type { ApiResult } from '../../shared/api/apiResult';
import { useApiClient } from '../api/ApiClientContext';
import type { AnchorChanges, ArticleChange } from '../api/updateArticleCache';
import { anchorChanges, everyAnchor } from './anchorChanges';
import { bodyJson } from './bodyJson';
import { diffBodyBlocks, topBlocks } from './diffBodyBlocks';
import { editJournal } from './editJournal';
import { journalBodyText } from './journalBodyText';
import { isSameJson } from '../../shared/editor/isSameJson';
import { createSaveStateStore, type SaveStateStore } from './saveStateStore';
import { createPauseTimer } from './pauseTimer';
import { afterNextPaint } from './afterNextPaint';

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
  /** Saved, saving, failed: the save indicator reads it, and renders only for a failure or conflict. */
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
  /**
   * The editor's document as opened: when it is the body the server holds, the first save
   * sends only the blocks changed since, like every later one.
   */
  adoptOpenedDoc: (doc: ProseMirrorNode) => void;
}

export interface AutosaveOptions {
  /**
   * Send each save with the version it was based on, refused when the article moved on. Off
   * when the article is a Yjs document: then edits merge, and versions move under the editor.
   */
  checkVersion: boolean;
}

/**
 * What a save or a server change answered, and the body the save sent (a save's answer leaves
 * the body out: the editor has it), with which anchors that body's changed blocks carry (left
 * out when the change was not counted in blocks: then any may have moved).
 */
export type OnSaved = (
  saved: SavedArticle | Article,
  changed: readonly ArticleChange[],
  body?: TiptapNode,
  anchors?: AnchorChanges,
) => void;

/**
 * Saves an article's changes through the API within a second of the last keystroke:
 * one request in flight at a time, each carrying the version it was based on, and what
 * failed is kept to send again. The body is serialised only when a save goes out, never
 * per keystroke, and only its blocks that changed since the last save are sent.
 */
export function useArticleAutosave(
  article: Article,
  getDoc: () => ProseMirrorNode | null,
  onSaved: OnSaved,
  options: AutosaveOptions = { checkVersion: true },
): ArticleAutosave {
  const { checkVersion } = options;
  const client = useApiClient();
  const [saveState] = useState(() => createSaveStateStore({ kind: 'saved' }));
  const pendingFields = useRef<FieldPatch>({});
  const isBodyDirty = useRef(false);
  const version = useRef(article.version);
  // The copy the editor was opened on: `article` follows the cache, which each save replaces.
  const [opened] = useState(article);
  const inFlight = useRef<Promise<void> | null>(null);
  const onPause = useRef<() => void>(() => undefined);
  const [pause] = useState(() => createPauseTimer(() => onPause.current()));
  const idle = useRef<number | undefined>(undefined);
  /** Cancels the due save's run after a keystroke's frame. */
  const cancelAfterPaint = useRef<(() => void) | undefined>(undefined);
  const firstUnsavedAt = useRef<number | null>(null);
  const retryDelay = useRef(firstRetryDelayMs);
  /**
   * The top-level blocks of the body the server has from this editor, which a save's changed
   * blocks are counted against; null until one is acknowledged, or after anything may have
   * changed the server's body otherwise: then the next save sends the body whole.
   */
  const savedBlocks = useRef<readonly ProseMirrorNode[] | null>(null);
  const latest = useRef({ getDoc, onSaved });
  useLayoutEffect(() => {
    latest.current = { getDoc, onSaved };
  });

  const hasPending = (): boolean =>
    isBodyDirty.current || Object.keys(pendingFields.current).length > 0;

  /** Journals what is pending, merged over what a save in flight journaled. */
  const journalPending = useCallback((): void => {
    const doc = isBodyDirty.current ? latest.current.getDoc() : null;
    const base = savedBlocks.current;
    const bodyChange = doc && base && checkVersion ? diffBodyBlocks(base, doc) : undefined;
    editJournal.write(
      article.id,
      version.current,
      pendingFields.current,
      doc ? journalBodyText(doc, bodyChange, version.current) : undefined,
    );
  }, [article.id, checkVersion]);

  /**
   * Sends what is pending as one save; true when it must be sent again at once, whole (the
   * server refused the changed blocks as counted against another body than it holds).
   */
  const send = useCallback(
    async (keepalive: boolean): Promise<boolean> => {
      const fields: FieldPatch = { ...pendingFields.current };
      const doc = isBodyDirty.current ? latest.current.getDoc() : null;
      pendingFields.current = {};
      isBodyDirty.current = false;
      firstUnsavedAt.current = null;
      const base = savedBlocks.current;
      // Changed blocks are counted against a version: without one the body goes whole.
      const bodyChange = doc && base && checkVersion ? diffBodyBlocks(base, doc) : undefined;
      // The journal holds what this save sends, until it is acknowledged.
      editJournal.write(
        article.id,
        version.current,
        fields,
        doc ? journalBodyText(doc, bodyChange, version.current) : undefined,
      );
      const patch: ArticlePatch = doc && !bodyChange ? { ...fields, body: bodyJson(doc) } : fields;
      // Read from the changed blocks now: the panels refetch at once only what those can move.
      const anchors =
        doc && base && bodyChange ? anchorChanges(base, doc, bodyChange) : everyAnchor;
      const changed = [...Object.keys(fields), ...(doc ? ['body'] : [])] as ArticleChange[];
      saveState.update((current) => (current.kind === 'saving' ? current : { kind: 'saving' }));
      const sent = client
        .call(
          'articles:autosave',
          {
            id: article.id,
            patch,
            ...(bodyChange ? { bodyChange } : {}),
            ...(checkVersion ? { baseVersion: version.current } : {}),
          },
          { keepalive },
        )
        .then((result): boolean => {
          if (result.ok) {
            version.current = result.value.version;
            retryDelay.current = firstRetryDelayMs;
            if (doc) savedBlocks.current = topBlocks(doc);
            // What this save covered is durable now: the journal keeps only what came since.
            editJournal.clear(article.id);
            if (hasPending()) journalPending();
            latest.current.onSaved(
              result.value,
              changed,
              doc ? bodyJson(doc) : undefined,
              doc ? anchors : undefined,
            );
            saveState.update(() => (hasPending() ? { kind: 'saving' } : { kind: 'saved' }));
            return false;
          }
          // Keep what failed, under anything typed since, so a retry sends it all.
          pendingFields.current = { ...fields, ...pendingFields.current };
          if (doc) {
            isBodyDirty.current = true;
            // Whether the server has the body this save was counted against is not known now.
            savedBlocks.current = null;
          }
          // The server holds another body than the one the blocks were counted against: the
          // body goes again at once, whole, never the blocks onto that body.
          if (result.error.code === 'stale_base') return true;
          if (result.error.code === 'conflict') {
            saveState.update(() => ({ kind: 'conflict', message: describeApiError(result.error) }));
            return false;
          }
          saveState.update(() => ({ kind: 'failed', message: describeApiError(result.error) }));
          return false;
        })
        .finally(() => {
          inFlight.current = null;
        });
      inFlight.current = sent.then(() => undefined);
      return sent;
    },
    [client, article.id, checkVersion, saveState, journalPending],
  );

  const flush = useCallback(
    async (keepalive = false): Promise<void> => {
      pause.cancel();
      if (idle.current !== undefined) cancelIdleCallback(idle.current);
      idle.current = undefined;
      cancelAfterPaint.current?.();
      cancelAfterPaint.current = undefined;
      for (;;) {
        while (inFlight.current) await inFlight.current;
        if (!hasPending()) return;
        if (!(await send(keepalive))) return;
      }
    },
    [send, pause],
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
    // The same state object when nothing changes: a keystroke must not re-render the page.
    saveState.update((current) =>
      current.kind === 'conflict' || current.kind === 'saving' ? current : { kind: 'saving' },
    );
    // A save already due takes this change too; postponing it again could starve it. Its idle
    // callback, timed out while keys arrive, ran wherever it fell, often just before the next
    // key, which then waited for the save: a keystroke's frame is followed by the longest quiet
    // before the next, so the save goes there, or in an idle moment if that comes first.
    if (idle.current !== undefined) {
      cancelAfterPaint.current ??= afterNextPaint(() => void flush());
      return;
    }
    // Serialising a long body takes a while: done in an idle moment, not in a keystroke's frame.
    onPause.current = () => {
      idle.current = requestIdleCallback(() => void flush(), { timeout: idleTimeoutMs });
    };
    pause.poke(wait);
  }, [flush, saveState, pause]);

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
      if (hasPending()) journalPending();
      void flush(true);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush, journalPending]);

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
      // A restore writes another body: the next save sends the editor's whole.
      if (changed.includes('body')) savedBlocks.current = null;
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
    // That version's body came from elsewhere (the desk's merged document).
    savedBlocks.current = null;
  }, []);

  const adoptOpenedDoc = useCallback(
    (doc: ProseMirrorNode) => {
      if (!checkVersion) return;
      // Comparing 20,000 words is done once, in an idle moment, not while the page opens.
      requestIdleCallback(() => {
        // Only while nothing was saved from here, and against the copy the editor was built
        // from (not the cache, which later saves and reads replace): then the server's body is
        // still that copy, or the version check refuses the save.
        if (savedBlocks.current || version.current !== opened.version) return;
        if (isSameJson(bodyJson(doc), opened.body)) savedBlocks.current = topBlocks(doc);
      });
    },
    [checkVersion, opened],
  );

  // One object for the article's lifetime: panels that take it do not render again per keystroke.
  return useMemo(
    () => ({
      saveState,
      changeFields,
      changeBody,
      saveNow: () => flush(),
      runServerChange,
      adoptVersion,
      adoptOpenedDoc,
    }),
    [saveState, changeFields, changeBody, flush, runServerChange, adoptVersion, adoptOpenedDoc],
  );
}
