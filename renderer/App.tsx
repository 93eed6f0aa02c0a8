import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './api/ApiCallError';
import { menuCommandEvent, type MenuCommand } from './api/galleyBridge';
import { queryKeys } from './api/queryKeys';
import { invalidateLibrary } from './api/updateArticleCache';
import { useApiMutation } from './api/useApiMutation';
import './app.css';
import {
  changeInterfaceLanguage,
  interfaceLanguages,
  type InterfaceLanguage,
} from './i18n/setupI18n';
import { IntegrityBanner } from './library/IntegrityBanner';
import { LibraryPanel } from './library/LibraryPanel';
import { readSelectedArticleId, writeSelectedArticleId } from './library/selectedArticle';
import { SpellingMenuHost } from './spelling/SpellingMenuHost';

// Loaded on first use, each its own chunk: the library list is on screen before the editor
// (Tiptap, ProseMirror, Yjs), fact-checking and the dialogs are fetched and compiled.
const ArticleEditor = lazy(() =>
  import('./editor/ArticleEditor').then((module) => ({ default: module.ArticleEditor })),
);
const ExportDialog = lazy(() =>
  import('./export/ExportDialog').then((module) => ({ default: module.ExportDialog })),
);
const PublishingDialog = lazy(() =>
  import('./publish/PublishingDialog').then((module) => ({ default: module.PublishingDialog })),
);
const SettingsDialog = lazy(() =>
  import('./settings/SettingsDialog').then((module) => ({ default: module.SettingsDialog })),
);
const ShortcutHelp = lazy(() =>
  import('./settings/ShortcutHelp').then((module) => ({ default: module.ShortcutHelp })),
);

type AppDialog = 'settings' | 'help' | 'export' | 'publishing';

export function App() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [selectedId, setSelectedId] = useState<string | null>(readSelectedArticleId);
  const [dialog, setDialog] = useState<AppDialog | null>(null);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    writeSelectedArticleId(id);
  }, []);

  // Until the new article exists the open one leaves the pane, in the same render as the click:
  // a headline typed at once would otherwise land in, and rename, the article being left.
  const [creating, setCreating] = useState(false);
  const create = useApiMutation('articles:create', {
    onSuccess: (article) => {
      queryClient.setQueryData(queryKeys.article(article.id), article);
      invalidateLibrary(queryClient);
      select(article.id);
    },
    onSettled: () => setCreating(false),
  });
  const createArticle = (): void => {
    setCreating(true);
    create.mutate({ headline: '', language: i18n.language === 'ru' ? 'ru' : 'en' });
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'F1') {
        event.preventDefault();
        setDialog('help');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const menuActions = useRef({ new: () => undefined as void });
  useEffect(() => {
    const onMenu = (event: Event): void => {
      const command = (event as CustomEvent<MenuCommand>).detail;
      if (command === 'new') menuActions.current.new();
      if (command === 'export') setDialog('export');
    };
    window.addEventListener(menuCommandEvent, onMenu);
    return () => window.removeEventListener(menuCommandEvent, onMenu);
  }, []);
  useLayoutEffect(() => {
    menuActions.current = { new: createArticle };
  });

  const handleDeleted = useCallback(
    (id: string) => {
      select(null);
      queryClient.removeQueries({ queryKey: queryKeys.article(id) });
      invalidateLibrary(queryClient);
    },
    [select, queryClient],
  );
  const closeDialog = useCallback(() => setDialog(null), []);

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <button type="button" className="header-action" onClick={() => setDialog('export')}>
          {t('export.open')}
        </button>
        <button
          type="button"
          className="header-action-secondary"
          onClick={() => setDialog('publishing')}
        >
          {t('publishing.open')}
        </button>
        <label className="language-switch">
          <span>{t('app.interfaceLanguage')}</span>
          <select
            value={i18n.language}
            onChange={(event) =>
              void changeInterfaceLanguage(event.target.value as InterfaceLanguage)
            }
          >
            {interfaceLanguages.map((language) => (
              <option key={language} value={language}>
                {language === 'ru' ? 'Русский' : 'English'}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="header-action-secondary"
          onClick={() => setDialog('settings')}
        >
          {t('settings.open')}
        </button>
        <button type="button" className="header-action-secondary" onClick={() => setDialog('help')}>
          {t('help.open')}
        </button>
      </header>
      <IntegrityBanner />
      <LibraryPanel selectedId={selectedId} onSelect={select} onCreate={createArticle}>
        {create.error && (
          <p role="alert" className="library-error">
            {errorMessage(create.error)}
          </p>
        )}
      </LibraryPanel>
      <Suspense fallback={null}>
        {dialog === 'export' && (
          <ExportDialog
            currentArticleId={selectedId}
            onClose={closeDialog}
            onOpenArticle={select}
          />
        )}
        {dialog === 'settings' && <SettingsDialog onClose={closeDialog} />}
        {dialog === 'publishing' && (
          <PublishingDialog onClose={closeDialog} onOpenArticle={select} />
        )}
        {dialog === 'help' && <ShortcutHelp onClose={closeDialog} />}
      </Suspense>
      <main className="editor-pane">
        {creating ? (
          <p className="editor-message" role="status">
            {t('editor.creating')}
          </p>
        ) : selectedId ? (
          <Suspense fallback={null}>
            <ArticleEditor
              key={selectedId}
              articleId={selectedId}
              onDeleted={handleDeleted}
              onOpen={select}
            />
          </Suspense>
        ) : (
          <p className="editor-message">{t('editor.noSelection')}</p>
        )}
      </main>
      <SpellingMenuHost />
    </div>
  );
}
