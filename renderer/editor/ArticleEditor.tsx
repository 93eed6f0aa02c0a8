import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describeApiError } from '../api/describeApiError';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/useDateFormat';
import type { Article } from '../../shared/article/articleSchema';
import { applyTypography } from '../../shared/typography/applyTypography';
import { createTypographyTransaction } from '../../shared/typography/createTypographyTransaction';
import { closeHistory } from '@tiptap/pm/history';
import { errorMessage } from '../api/ApiCallError';
import { useApiQuery } from '../api/useApiQuery';
import {
  CommentComposerContext,
  useCommentComposerState,
} from '../comments/CommentComposerContext';
import { useLengthGuides } from '../settings/useLengthGuides';
import { ArticleCounters } from './ArticleCounters';
import {
  ArticleSessionContext,
  editableFieldNames,
  type EditableFields,
} from './ArticleSessionContext';
import { BodyEditor } from './BodyEditor';
import { bodyUndoDepth, closeBodyUndoStep } from './bodyUndoDepth';
import { DeleteArticleButton } from './DeleteArticleButton';
import './editor.css';
import { editJournal } from './editJournal';
import { journalRecovery, type Recovery } from './journalRecovery';
import { EditorToolbar, type ToolbarDialog } from './EditorToolbar';
import type { EditorShortcutOptions } from './editorShortcuts';
import { FigureDialog } from './FigureDialog';
import { FindReplacePanel } from './findReplace/FindReplacePanel';
import { useFieldFindHighlights } from './findReplace/useFieldFindHighlights';
import { HeldBackNotice } from './HeldBackNotice';
import { LengthField } from './LengthField';
import { LinkDialog } from './LinkDialog';
import { MetadataPanel } from './MetadataPanel';
import { RecoveryBanner } from './RecoveryBanner';
import { RubricField } from './RubricField';
import { SaveIndicator } from './SaveIndicator';
import type { ArticleAutosave, SaveState } from './useArticleAutosave';
import { PresenceStrip } from './PresenceStrip';
import { useArticlePresence } from './collab/useArticlePresence';
import { useArticleSessionState } from './useArticleSessionState';

interface ArticleEditorProps {
  articleId: string;
  onDeleted: (id: string) => void;
  onOpen: (id: string) => void;
}

/** Loads one article and edits it. A restore reopens it, so the editor shows the restored text. */
export function ArticleEditor({ articleId, onDeleted, onOpen }: ArticleEditorProps) {
  const { t } = useTranslation();
  const query = useApiQuery('articles:get', { id: articleId });
  // Joined to a desk, the body is edited as the article's Yjs document (merged, live).
  const desk = useApiQuery('desk:status', {});
  const [restored, setRestored] = useState<Article | null>(null);
  // A cached copy may be stale (a rename elsewhere rewrites related links): edit only a fresh one.
  const fresh = query.isFetchedAfterMount ? query.data : undefined;
  // That copy is kept: each save's answer replaces the cached one, and handing it on would
  // render the whole page again after every save.
  const [opened, setOpened] = useState<Article | undefined>(undefined);
  if (fresh && opened?.id !== fresh.id) setOpened(fresh);
  const article = restored ?? opened;

  if (query.error) {
    return (
      <p className="editor-message" role="alert">
        {t('editor.loadFailed', { message: errorMessage(query.error) })}
      </p>
    );
  }
  if (!article || !desk.data) return <p className="editor-message">{t('editor.loading')}</p>;
  const collaborative = desk.data.joined;
  return (
    <LoadedArticleEditor
      // The editor is built once per copy: a restore builds it afresh on the restored text.
      key={`${restored?.version ?? 'opened'}:${collaborative}`}
      article={article}
      collaborative={collaborative}
      onDeleted={onDeleted}
      onOpen={onOpen}
      onReopen={setRestored}
    />
  );
}

interface LoadedArticleEditorProps {
  /** The copy the editor starts from; later saves live in the query cache. */
  article: Article;
  collaborative: boolean;
  onDeleted: (id: string) => void;
  onOpen: (id: string) => void;
  onReopen: (article: Article) => void;
}

const LoadedArticleEditor = memo(function LoadedArticleEditor({
  article,
  collaborative,
  onDeleted,
  onOpen,
  onReopen,
}: LoadedArticleEditorProps) {
  const formatDate = useDateFormat();
  const { t } = useTranslation();
  const guides = useLengthGuides();
  const { session, collab, onEditorReady } = useArticleSessionState(
    article,
    onOpen,
    onReopen,
    collaborative,
  );
  const { fields, change, autosave, editor, stored } = session;
  const people = useArticlePresence(collaborative ? article.id : null, collab.awareness);
  const [dialog, setDialog] = useState<ToolbarDialog>(null);
  const [findRequest, setFindRequest] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(() => unsavedJournal(article));
  const comments = useCommentComposerState();
  // The last typograf run or "Replace all", while still the last thing done: one undo takes
  // all of it back, headline, lede and body.
  const lastRun = useRef<ArticleRun | null>(null);
  const fieldFind = useFieldFindHighlights(editor);
  // The body the editor is built from, once: each save puts the server's copy of the article in
  // the cache, and handing that on would make the body editor re-apply its options (a redraw of
  // the view) after every save.
  const [initialBody] = useState(() => article.body);

  const startComment = (): void => {
    if (!editor) return;
    if (comments.start(editor)) setNotice(null);
    else setNotice(t('comments.selectFirst'));
  };

  const applyTypographyToArticle = (): void => {
    let isBodyChanged = false;
    if (editor) {
      const transaction = createTypographyTransaction(editor.state, fields.language);
      if (transaction) {
        closeBodyUndoStep(editor);
        editor.view.dispatch(closeHistory(transaction));
        closeBodyUndoStep(editor);
        isBodyChanged = true;
      }
      editor.commands.focus();
    }
    const headline = applyTypography(fields.headline, fields.language);
    const lede = applyTypography(fields.lede, fields.language);
    if (headline !== fields.headline || lede !== fields.lede) change({ headline, lede });
    rememberRun(
      { headline: fields.headline, lede: fields.lede },
      { headline, lede },
      isBodyChanged,
    );
    setNotice(t('editor.typographyApplied'));
  };

  /** Keeps what a run over the headline, lede and body changed, for one undo step. */
  const rememberRun = (
    before: ArticleRun['before'],
    after: ArticleRun['after'],
    isBodyChanged: boolean,
  ): void => {
    const isChanged =
      isBodyChanged || before.headline !== after.headline || before.lede !== after.lede;
    lastRun.current = isChanged
      ? { before, after, bodyDepth: editor ? bodyUndoDepth(editor) : 0, isBodyChanged }
      : null;
  };

  /**
   * Takes back the last typograf run or "Replace all" in one step (headline, lede and body),
   * when nothing was done after it; false otherwise, and the undo is the body's own.
   */
  const undoLastRun = (): boolean => {
    const run = lastRun.current;
    if (!run || !editor) return false;
    const depth = bodyUndoDepth(editor);
    const isFieldsUntouched =
      fields.headline === run.after.headline && fields.lede === run.after.lede;
    if (!isFieldsUntouched || depth < run.bodyDepth) {
      // Edited or undone past since: the run is no longer one step to take back.
      lastRun.current = null;
      return false;
    }
    if (depth > run.bodyDepth) return false;
    lastRun.current = null;
    if (run.isBodyChanged) editor.commands.undo();
    if (run.before.headline !== fields.headline || run.before.lede !== fields.lede) {
      change(run.before);
    }
    return true;
  };

  const undo = (): void => {
    if (!editor) return;
    if (!undoLastRun()) editor.commands.undo();
    editor.commands.focus();
  };

  const saveQuickVersion = async (): Promise<void> => {
    const name = t('history.quickName', { time: formatDate.time(Date.now()) });
    const result = await session.saveVersion(name);
    setNotice(result.ok ? t('history.versionSaved', { name }) : describeApiError(result.error));
  };

  const shortcutActions = useRef<EditorShortcutOptions>({
    onLink: () => undefined,
    onTypography: () => undefined,
    onFind: () => undefined,
    onSaveVersion: () => undefined,
    onComment: () => undefined,
    onUndo: () => false,
  });
  const undoAction = useRef(undo);
  // The toolbar's handlers never change, so the toolbar renders only when its marks do.
  const toolbarActions = useMemo(
    () => ({
      onTypography: () => shortcutActions.current.onTypography(),
      onComment: () => shortcutActions.current.onComment(),
      onUndo: () => undoAction.current(),
    }),
    [],
  );
  useLayoutEffect(() => {
    undoAction.current = undo;
    shortcutActions.current = {
      onLink: () => setDialog('link'),
      onTypography: applyTypographyToArticle,
      onFind: () => {
        // A new request remounts the panel: it takes the new selection and refocuses.
        setFindRequest((request) => request + 1);
        setDialog('find');
      },
      onSaveVersion: () => void saveQuickVersion(),
      onComment: startComment,
      onUndo: undoLastRun,
    };
  });

  const restoreJournal = (): void => {
    if (!recovery) return;
    const { body, fields: fieldPatch } = recovery;
    const restoredFields: Partial<EditableFields> = {};
    for (const key of editableFieldNames) {
      if (fieldPatch[key] !== undefined) Object.assign(restoredFields, { [key]: fieldPatch[key] });
    }
    change(restoredFields);
    if (body && editor) {
      editor.commands.setContent(body);
      autosave.changeBody();
    }
    setRecovery(null);
  };

  const discardJournal = (): void => {
    editJournal.clear(article.id);
    setRecovery(null);
  };

  return (
    <ArticleSessionContext.Provider value={session}>
      <CommentComposerContext.Provider value={comments}>
        <div className="article-workspace">
          <article
            className="article-editor"
            aria-labelledby="article-headline-label"
            onKeyDown={(event) => {
              if (!(event.target instanceof HTMLTextAreaElement)) return;
              // In the headline or lede, the first undo after typograf is the whole run's.
              if (isUndoKey(event) && undoLastRun()) event.preventDefault();
              // Find searches these fields too: Mod-f opens it here as in the body.
              if (isFindKey(event)) {
                event.preventDefault();
                shortcutActions.current.onFind();
              }
            }}
          >
            <div className="editor-toolbar">
              <ArticleSaveIndicator
                collabState={collab.state}
                autosave={autosave}
                onRetry={() => {
                  collab.retry();
                  void autosave.saveNow();
                }}
              />
              <span className={`status-badge status-${stored.status}`}>
                {t(`status.${stored.status}`)}
              </span>
              <DeleteArticleButton articleId={article.id} onDeleted={onDeleted} />
              <PresenceStrip people={people} />
            </div>
            <HeldBackNotice articleId={article.id} status={stored.status} />

            {recovery && (
              <RecoveryBanner
                recovery={recovery}
                onRestore={restoreJournal}
                onDiscard={discardJournal}
              />
            )}
            <LengthField
              name="headline"
              label={t('editor.headline')}
              labelId="article-headline-label"
              rows={2}
              value={fields.headline}
              placeholder={t('editor.placeholderHeadline')}
              guide={guides.headline}
              onChange={(headline) => change({ headline })}
              highlights={fieldFind.headline}
              revealHighlight={fieldFind.reveal}
            />
            <LengthField
              name="lede"
              label={t('editor.lede')}
              rows={3}
              value={fields.lede}
              placeholder={t('editor.placeholderLede')}
              guide={guides.lede}
              onChange={(lede) => change({ lede })}
              highlights={fieldFind.lede}
              revealHighlight={fieldFind.reveal}
            />

            <RubricField
              label={t('editor.rubric')}
              value={fields.rubric}
              suggestions={session.lists.rubrics}
              onCommit={(rubric) => change({ rubric })}
            />

            <span className="field-label" id="article-body-label">
              {t('editor.body')}
            </span>
            {/* One sticky block: the find panel sits under the toolbar, never over it. */}
            <div className="editor-sticky">
              {editor && <EditorToolbar editor={editor} onDialog={setDialog} {...toolbarActions} />}
              {editor && dialog === 'find' && (
                <FindReplacePanel
                  key={findRequest}
                  editor={editor}
                  fields={{ headline: fields.headline, lede: fields.lede }}
                  onFieldsChange={change}
                  onReplacedAll={(run) => rememberRun(run.before, run.after, run.isBodyChanged)}
                  onFocusField={focusField}
                  onClose={() => setDialog(null)}
                />
              )}
            </div>
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
            {collaborative && !collab.doc ? (
              <p className="editor-message" role={collab.loadFailed ? 'alert' : undefined}>
                {collab.loadFailed
                  ? t('editor.loadFailed', { message: collab.loadFailed })
                  : t('editor.loading')}
              </p>
            ) : (
              <BodyEditor
                initialBody={initialBody}
                collaboration={collab.doc ?? undefined}
                awareness={collab.awareness ?? undefined}
                // With a Yjs document, the document's updates are the save.
                onChange={collaborative ? noChange : autosave.changeBody}
                onReady={onEditorReady}
                actions={shortcutActions}
              />
            )}
            {editor && (
              <ArticleCounters
                editor={editor}
                headline={fields.headline}
                lede={fields.lede}
                language={fields.language}
              />
            )}
          </article>
          <MetadataPanel />
        </div>
      </CommentComposerContext.Provider>
    </ArticleSessionContext.Provider>
  );
});

function noChange(): void {}

/** The desk's state while it has something to say, else the autosave's. */
function ArticleSaveIndicator({
  collabState,
  autosave,
  onRetry,
}: {
  collabState: SaveState;
  autosave: ArticleAutosave;
  onRetry: () => void;
}) {
  return <SaveIndicator store={autosave.saveState} override={collabState} onRetry={onRetry} />;
}

interface ArticleRun {
  before: Pick<EditableFields, 'headline' | 'lede'>;
  after: Pick<EditableFields, 'headline' | 'lede'>;
  /** The body's undo depth right after the run. */
  bodyDepth: number;
  isBodyChanged: boolean;
}

function isFindKey(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'f'
  );
}

/** Gives the headline or lede text area the focus with `from`–`to` selected. */
function focusField(field: 'headline' | 'lede', from: number, to: number): void {
  const area = document.getElementById(`article-${field}`);
  if (!(area instanceof HTMLTextAreaElement)) return;
  area.focus();
  area.setSelectionRange(from, to);
}

function isUndoKey(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'z'
  );
}

/** What the journal holds for this article that the server does not have; a spent entry is dropped. */
function unsavedJournal(article: Article): Recovery | null {
  const entry = editJournal.read(article.id);
  if (!entry) return null;
  const recovery = journalRecovery(entry, article);
  if (!recovery) editJournal.clear(article.id);
  return recovery;
}
