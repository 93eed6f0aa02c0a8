import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleStatus } from '../../shared/article/articleSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { useApiClient } from '../api/ApiClientContext';
import { useLengthGuides } from '../settings/useLengthGuides';
import { applyTypography } from '../../shared/typography/applyTypography';
import { createTypographyTransaction } from '../../shared/typography/createTypographyTransaction';
import { ArticleCounters } from './ArticleCounters';
import { BodyEditor } from './BodyEditor';
import { EditorToolbar, type ToolbarDialog } from './EditorToolbar';
import type { EditorShortcutOptions } from './editorShortcuts';
import { FigureDialog } from './FigureDialog';
import { FindReplacePanel } from './findReplace/FindReplacePanel';
import { LinkDialog } from './LinkDialog';
import { LengthHint } from './LengthHint';
import { MetadataPanel, type LibraryLists } from './MetadataPanel';
import { editJournal, type JournalEntry } from './editJournal';
import { RecoveryBanner } from './RecoveryBanner';
import { SaveIndicator } from './SaveIndicator';
import type { StatusProblem } from './StatusControl';
import { useArticleAutosave } from './useArticleAutosave';

interface ArticleEditorProps {
  articleId: string;
  onSaved: (article: Article) => void;
  onDeleted: (id: string) => void;
  onOpen: (id: string) => void;
}

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; article: Article };

/** Loads one article and edits it. A restore reloads it, so the editor shows the restored text. */
export function ArticleEditor({ articleId, onSaved, onDeleted, onOpen }: ArticleEditorProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [loadKey, setLoadKey] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    void client.call('articles:get', { id: articleId }).then((result) => {
      if (!isCurrent) return;
      setLoaded(
        result.ok
          ? { kind: 'ready', article: result.value }
          : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      isCurrent = false;
    };
  }, [client, articleId, loadKey]);

  if (loaded.kind === 'loading') return <p className="editor-message">{t('editor.loading')}</p>;
  if (loaded.kind === 'failed') {
    return (
      <p className="editor-message" role="alert">
        {t('editor.loadFailed', { message: loaded.message })}
      </p>
    );
  }
  return (
    <LoadedArticleEditor
      key={`${loaded.article.id}-${loadKey}`}
      article={loaded.article}
      onSaved={onSaved}
      onDeleted={onDeleted}
      onOpen={onOpen}
      onReload={() => setLoadKey((key) => key + 1)}
    />
  );
}

interface LoadedArticleEditorProps {
  article: Article;
  onSaved: (article: Article) => void;
  onDeleted: (id: string) => void;
  onOpen: (id: string) => void;
  onReload: () => void;
}

type EditableFields = Pick<
  Article,
  'headline' | 'lede' | 'rubric' | 'tags' | 'bylines' | 'language' | 'related'
>;

function LoadedArticleEditor({
  article,
  onSaved,
  onDeleted,
  onOpen,
  onReload,
}: LoadedArticleEditorProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const guides = useLengthGuides();
  const [fields, setFields] = useState<EditableFields>({
    headline: article.headline,
    lede: article.lede,
    rubric: article.rubric,
    tags: article.tags,
    bylines: article.bylines,
    language: article.language,
    related: article.related,
  });
  const [stored, setStored] = useState(article);
  const [statusProblem, setStatusProblem] = useState<StatusProblem | null>(null);
  const [lists, setLists] = useState<LibraryLists>({
    rubrics: [],
    tags: [],
    bylines: [],
    speakers: [],
  });
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<ToolbarDialog>(null);
  const [findRequest, setFindRequest] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const [recovery, setRecovery] = useState<JournalEntry | null>(() => unsavedJournal(article));

  useEffect(() => {
    void client.call('lists:get', {}).then((result) => {
      if (result.ok) setLists(result.value);
    });
  }, [client]);

  const getBody = useCallback(
    () => (editorRef.current?.getJSON() as TiptapNode | undefined) ?? null,
    [],
  );
  const handleSaved = useCallback(
    (saved: Article) => {
      setStored(saved);
      onSaved(saved);
    },
    [onSaved],
  );
  const autosave = useArticleAutosave(article, getBody, handleSaved);
  const handleEditorReady = useCallback((ready: Editor | null) => {
    editorRef.current = ready;
    setEditor(ready);
  }, []);

  const change = (patch: Partial<EditableFields>): void => {
    setFields((current) => ({ ...current, ...patch }));
    autosave.changeFields(patch);
  };

  const setSlug = (slug: string | null): void => {
    autosave.changeFields({ slug });
    void autosave.saveNow();
  };

  const setStatus = async (status: ArticleStatus, overrideReason?: string): Promise<void> => {
    const result = await autosave.runServerChange((baseVersion) =>
      client.call('articles:setStatus', {
        id: article.id,
        status,
        baseVersion,
        ...(overrideReason ? { override: { reason: overrideReason } } : {}),
      }),
    );
    if (result.ok) setStatusProblem(null);
    else
      setStatusProblem({
        message: result.error.message,
        ...(result.error.code === 'blocked' ? { blockedStatus: status } : {}),
      });
  };

  const applyTypographyToArticle = (): void => {
    const current = editorRef.current;
    if (current) {
      const transaction = createTypographyTransaction(current.state, fields.language);
      if (transaction) current.view.dispatch(transaction);
      current.commands.focus();
    }
    const headline = applyTypography(fields.headline, fields.language);
    const lede = applyTypography(fields.lede, fields.language);
    if (headline !== fields.headline || lede !== fields.lede) change({ headline, lede });
    setNotice(t('editor.typographyApplied'));
  };

  const saveQuickVersion = async (): Promise<void> => {
    const name = t('history.quickName', { time: new Date().toLocaleTimeString() });
    const result = await autosave.runServerChange(async () => {
      const saved = await client.call('articles:saveVersion', { id: article.id, name });
      return saved.ok
        ? client.call('articles:get', { id: article.id })
        : { ok: false, error: saved.error };
    });
    setNotice(result.ok ? t('history.versionSaved', { name }) : result.error.message);
  };

  const shortcutActions = useRef<EditorShortcutOptions>({
    onLink: () => undefined,
    onTypography: () => undefined,
    onFind: () => undefined,
    onSaveVersion: () => undefined,
  });
  useLayoutEffect(() => {
    shortcutActions.current = {
      onLink: () => setDialog('link'),
      onTypography: applyTypographyToArticle,
      onFind: () => {
        // A new request remounts the panel: it takes the new selection and refocuses.
        setFindRequest((request) => request + 1);
        setDialog('find');
      },
      onSaveVersion: () => void saveQuickVersion(),
    };
  });

  const restoreJournal = (): void => {
    if (!recovery) return;
    const { body, ...fieldPatch } = recovery.patch;
    const restoredFields: Partial<EditableFields> = {};
    for (const key of [
      'headline',
      'lede',
      'rubric',
      'tags',
      'bylines',
      'language',
      'related',
    ] as const) {
      if (fieldPatch[key] !== undefined) Object.assign(restoredFields, { [key]: fieldPatch[key] });
    }
    change(restoredFields);
    if (body && editorRef.current) {
      editorRef.current.commands.setContent(body);
      autosave.changeBody();
    }
    setRecovery(null);
  };

  const discardJournal = (): void => {
    editJournal.clear(article.id);
    setRecovery(null);
  };

  const deleteArticle = async (): Promise<void> => {
    const result = await client.call('articles:delete', { id: article.id });
    if (result.ok) onDeleted(article.id);
  };

  return (
    <div className="article-workspace">
      <article className="article-editor" aria-labelledby="article-headline-label">
        <div className="editor-toolbar">
          <SaveIndicator state={autosave.state} onRetry={() => void autosave.saveNow()} />
          <span className={`status-badge status-${stored.status}`}>
            {t(`status.${stored.status}`)}
          </span>
          {isConfirmingDelete ? (
            <span className="confirm-delete" role="group" aria-label={t('editor.confirmDelete')}>
              <span>{t('editor.confirmDelete')}</span>
              <button type="button" className="danger" onClick={() => void deleteArticle()}>
                {t('editor.confirmYes')}
              </button>
              <button type="button" onClick={() => setIsConfirmingDelete(false)}>
                {t('editor.confirmNo')}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setIsConfirmingDelete(true)}>
              {t('editor.delete')}
            </button>
          )}
        </div>

        {recovery && (
          <RecoveryBanner entry={recovery} onRestore={restoreJournal} onDiscard={discardJournal} />
        )}
        <div className="field-heading">
          <label id="article-headline-label" className="field-label" htmlFor="article-headline">
            {t('editor.headline')}
          </label>
          <LengthHint
            id="headline-length"
            length={fields.headline.length}
            guide={guides.headline}
          />
        </div>
        <textarea
          id="article-headline"
          className="headline-input"
          rows={2}
          value={fields.headline}
          aria-describedby="headline-length"
          placeholder={t('editor.placeholderHeadline')}
          onChange={(event) => change({ headline: event.target.value })}
        />

        <div className="field-heading">
          <label className="field-label" htmlFor="article-lede">
            {t('editor.lede')}
          </label>
          <LengthHint id="lede-length" length={fields.lede.length} guide={guides.lede} />
        </div>
        <textarea
          id="article-lede"
          className="lede-input"
          rows={3}
          value={fields.lede}
          aria-describedby="lede-length"
          placeholder={t('editor.placeholderLede')}
          onChange={(event) => change({ lede: event.target.value })}
        />

        <label className="field-label" htmlFor="article-rubric">
          {t('editor.rubric')}
        </label>
        <input
          id="article-rubric"
          className="rubric-input"
          list="rubric-suggestions"
          value={fields.rubric}
          onChange={(event) => change({ rubric: event.target.value })}
        />
        <datalist id="rubric-suggestions">
          {lists.rubrics.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>

        <span className="field-label" id="article-body-label">
          {t('editor.body')}
        </span>
        {editor && (
          <EditorToolbar
            editor={editor}
            onDialog={setDialog}
            onTypography={applyTypographyToArticle}
          />
        )}
        {notice && (
          <p className="editor-notice" role="status">
            {notice}
          </p>
        )}
        {editor && dialog === 'link' && (
          <LinkDialog editor={editor} onClose={() => setDialog(null)} />
        )}
        {editor && dialog === 'figure' && (
          <FigureDialog editor={editor} onClose={() => setDialog(null)} />
        )}
        {editor && dialog === 'find' && (
          <FindReplacePanel key={findRequest} editor={editor} onClose={() => setDialog(null)} />
        )}
        <BodyEditor
          initialBody={article.body}
          onChange={autosave.changeBody}
          onReady={handleEditorReady}
          actions={shortcutActions}
        />
        {editor && (
          <ArticleCounters
            editor={editor}
            headline={fields.headline}
            lede={fields.lede}
            language={fields.language}
          />
        )}
      </article>
      <MetadataPanel
        articleId={article.id}
        fields={fields}
        stored={stored}
        lists={lists}
        statusProblem={statusProblem}
        onChange={change}
        onSlug={setSlug}
        onStatus={(status, reason) => void setStatus(status, reason)}
        editor={editor}
        saveNow={autosave.saveNow}
        onOpen={onOpen}
        onReload={onReload}
        runServerChange={autosave.runServerChange}
      />
    </div>
  );
}

/** The journal entry for this article, if it holds anything the server does not have. */
function unsavedJournal(article: Article): JournalEntry | null {
  const entry = editJournal.read(article.id);
  if (!entry) return null;
  const differs = Object.entries(entry.patch).some(([key, value]) => {
    const stored: unknown = key === 'body' ? article.body : article[key as keyof Article];
    return JSON.stringify(value) !== JSON.stringify(stored);
  });
  if (!differs) editJournal.clear(article.id);
  return differs ? entry : null;
}
