import type { Assignee } from '../../shared/article/assigneeSchema';
import { invalidateAssignments } from '../queue/invalidateAssignments';
import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Article, ArticleStatus } from '../../shared/article/articleSchema';
import { ApiCallError, errorMessage, unwrapResult } from '../api/ApiCallError';
import { useApiClient } from '../api/ApiClientContext';
import { queryKeys } from '../api/queryKeys';
import { updateArticleCache } from '../api/updateArticleCache';
import { apiQueryOptions, useApiQuery } from '../api/useApiQuery';
import {
  editableFieldNames,
  pickStored,
  type ArticleSession,
  type EditableFields,
  type StatusProblem,
} from './ArticleSessionContext';
import { articleDocumentKeys, replaceChangedText } from '../../shared/desk/articleDocument';
import { useArticleAutosave } from './useArticleAutosave';
import { useCollabDocument, type CollabDocument } from './collab/useCollabDocument';

/** Text fields that are Y.Text in the article's document: typed into it, merged by character. */
const textFields = ['headline', 'lede'] as const;

const noLists = { rubrics: [], tags: [], bylines: [], speakers: [] };

interface StatusMove {
  status: ArticleStatus;
  overrideReason?: string;
  /** A hand-off with the move; left out, the assignee stays. */
  assignee?: Assignee | null;
}

export function pickEditableFields(article: Article): EditableFields {
  const fields = {} as Record<keyof EditableFields, unknown>;
  for (const name of editableFieldNames) fields[name] = article[name];
  return fields as EditableFields;
}

/**
 * The state of one open article: what is typed, autosaved through the API, with each save's
 * answer written into the query cache (and only what it changed invalidated).
 */
export function useArticleSessionState(
  article: Article,
  open: (id: string) => void,
  reopen: (article: Article) => void,
  collaborative = false,
): {
  session: ArticleSession;
  collab: CollabDocument;
  onEditorReady: (editor: Editor | null) => void;
} {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<EditableFields>(() => pickEditableFields(article));
  const [editor, setEditor] = useState<Editor | null>(null);
  const editorRef = useRef<Editor | null>(null);
  // The copy just opened is current; from here on each save's answer replaces it.
  // Each save's answer replaces the cached copy (a new version, a new saved-at): only what the
  // panels read is selected, so that an answer renders the page only when that changed.
  const selected = useQuery({
    ...apiQueryOptions(client, 'articles:get', { id: article.id }),
    refetchOnMount: false,
    select: pickStored,
  }).data;
  const [opened] = useState(() => pickStored(article));
  const stored = selected ?? opened;
  const lists = useApiQuery('lists:get', {}).data ?? noLists;

  /**
   * The body editor's document as it was when the editor went away: an article left while a save
   * is in flight saves what was typed after it once that save is answered, from this.
   */
  const lastDoc = useRef<ProseMirrorNode | null>(null);
  const getDoc = useCallback(() => editorRef.current?.state.doc ?? lastDoc.current, []);
  const autosave = useArticleAutosave(
    article,
    getDoc,
    (saved, changed, body, anchors) => {
      // A save's answer leaves the body out: the cache takes the one sent. Its plain text stays
      // the opened copy's (nothing in the window reads it, and making it would walk the body).
      const cached = queryClient.getQueryData<Article>(queryKeys.article(article.id)) ?? article;
      const whole: Article = {
        ...saved,
        body: 'body' in saved ? saved.body : (body ?? cached.body),
        bodyText: 'bodyText' in saved ? saved.bodyText : cached.bodyText,
      };
      updateArticleCache(queryClient, whole, changed, anchors);
    },
    { checkVersion: !collaborative },
  );
  const collab = useCollabDocument(
    collaborative ? article.id : null,
    (saved) => {
      autosave.adoptVersion(saved.version);
      updateArticleCache(queryClient, saved, ['body', 'headline', 'lede']);
    },
    (doc) =>
      // Someone else's headline or lede: shown as merged (what is typed here is in it already).
      setFields((current) => {
        const merged = { ...current };
        for (const name of textFields)
          merged[name] = doc.getText(articleDocumentKeys[name]).toJSON();
        return textFields.every((name) => merged[name] === current[name]) ? current : merged;
      }),
  );
  const { adoptOpenedDoc } = autosave;
  const onEditorReady = useCallback(
    (ready: Editor | null) => {
      if (!ready && editorRef.current) lastDoc.current = editorRef.current.state.doc;
      editorRef.current = ready;
      setEditor(ready);
      if (ready) adoptOpenedDoc(ready.state.doc);
    },
    [adoptOpenedDoc],
  );

  const statusMove = useMutation({
    mutationFn: async ({ status, overrideReason, assignee }: StatusMove) =>
      unwrapResult(
        await autosave.runServerChange(
          (baseVersion) =>
            client.call('articles:setStatus', {
              id: article.id,
              status,
              ...(baseVersion !== undefined ? { baseVersion } : {}),
              ...(overrideReason ? { override: { reason: overrideReason } } : {}),
              ...(assignee !== undefined ? { assignee } : {}),
            }),
          ['status'],
        ),
      ),
    onSuccess: (_moved, { assignee }) => {
      if (assignee !== undefined) invalidateAssignments(queryClient);
    },
  });
  const statusProblem: StatusProblem | null = statusMove.error
    ? {
        message: errorMessage(statusMove.error),
        ...(statusMove.error instanceof ApiCallError &&
        statusMove.error.code === 'blocked' &&
        statusMove.variables
          ? { blockedStatus: statusMove.variables.status }
          : {}),
      }
    : null;

  const change = (patch: Partial<EditableFields>): void => {
    setFields((current) => ({ ...current, ...patch }));
    const doc = collab.doc;
    if (!doc) {
      autosave.changeFields(patch);
      return;
    }
    const rest: Partial<EditableFields> = { ...patch };
    doc.transact(() => {
      for (const name of textFields) {
        const value = patch[name];
        if (value === undefined) continue;
        replaceChangedText(doc.getText(articleDocumentKeys[name]), value);
        delete rest[name];
      }
    });
    if (Object.keys(rest).length > 0) autosave.changeFields(rest);
  };

  const saveVersion = (name: string) =>
    // Pending edits are saved first, so the named version holds what is on screen.
    autosave.runServerChange(async () => {
      const saved = await client.call('articles:saveVersion', { id: article.id, name });
      return saved.ok
        ? client.call('articles:get', { id: article.id })
        : { ok: false, error: saved.error };
    }, []);

  const session: ArticleSession = {
    articleId: article.id,
    stored,
    fields,
    change,
    setSlug: (slug) => {
      autosave.changeFields({ slug });
      void autosave.saveNow();
    },
    setStatus: (status, overrideReason, assignee) =>
      statusMove.mutate({
        status,
        ...(overrideReason ? { overrideReason } : {}),
        ...(assignee !== undefined ? { assignee } : {}),
      }),
    statusProblem,
    saveVersion,
    // Joined to a desk the body goes as Yjs updates: "save now" sends those too, so a call that
    // reads the saved body next (a quotation or a comment on words just marked) finds its mark.
    autosave: collab.doc
      ? {
          ...autosave,
          saveNow: async () => {
            await collab.flush();
            await autosave.saveNow();
          },
        }
      : autosave,
    editor,
    lists,
    open,
    reopen,
  };
  return { session, collab, onEditorReady };
}
