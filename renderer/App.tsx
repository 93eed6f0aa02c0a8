import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { menuCommandEvent, type MenuCommand } from './api/galleyBridge';
import { useTranslation } from 'react-i18next';
import { useApiClient } from './api/ApiClientContext';
import { ArticleEditor } from './editor/ArticleEditor';
import {
  changeInterfaceLanguage,
  interfaceLanguages,
  type InterfaceLanguage,
} from './i18n/setupI18n';
import { ExportDialog } from './export/ExportDialog';
import { IntegrityBanner } from './library/IntegrityBanner';
import { LibraryPanel } from './library/LibraryPanel';
import { SettingsDialog } from './settings/SettingsDialog';
import { ShortcutHelp } from './settings/ShortcutHelp';
import { readSelectedArticleId, writeSelectedArticleId } from './library/selectedArticle';

export function App() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(readSelectedArticleId);
  const [refreshKey, setRefreshKey] = useState(0);
  const refreshLibrary = useCallback(() => setRefreshKey((key) => key + 1), []);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    writeSelectedArticleId(id);
  }, []);

  const [dialog, setDialog] = useState<'settings' | 'help' | null>(null);
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
  const menuActions = useRef({ new: () => undefined as void, export: () => undefined as void });
  useEffect(() => {
    const onMenu = (event: Event): void => {
      const command = (event as CustomEvent<MenuCommand>).detail;
      if (command === 'new') menuActions.current.new();
      if (command === 'export') menuActions.current.export();
    };
    window.addEventListener(menuCommandEvent, onMenu);
    return () => window.removeEventListener(menuCommandEvent, onMenu);
  }, []);
  const [exportRubrics, setExportRubrics] = useState<string[] | null>(null);
  const openExport = async (): Promise<void> => {
    const lists = await client.call('lists:get', {});
    setExportRubrics(lists.ok ? lists.value.rubrics : []);
  };

  const createArticle = async (): Promise<void> => {
    const language = i18n.language === 'ru' ? 'ru' : 'en';
    const result = await client.call('articles:create', { headline: '', language });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    refreshLibrary();
    select(result.value.id);
  };

  useLayoutEffect(() => {
    menuActions.current = { new: () => void createArticle(), export: () => void openExport() };
  });

  const handleDeleted = useCallback(() => {
    select(null);
    refreshLibrary();
  }, [select, refreshLibrary]);

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <button type="button" className="header-action" onClick={() => void openExport()}>
          {t('export.open')}
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
      <LibraryPanel
        selectedId={selectedId}
        refreshKey={refreshKey}
        onSelect={select}
        onCreate={() => void createArticle()}
        onImported={(id) => {
          refreshLibrary();
          select(id);
        }}
      >
        {error && (
          <p role="alert" className="library-error">
            {error}
          </p>
        )}
      </LibraryPanel>
      {exportRubrics && (
        <ExportDialog
          rubrics={exportRubrics}
          currentArticleId={selectedId}
          onClose={() => setExportRubrics(null)}
          onFinished={refreshLibrary}
        />
      )}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'help' && <ShortcutHelp onClose={() => setDialog(null)} />}
      <main className="editor-pane">
        {selectedId ? (
          <ArticleEditor
            key={selectedId}
            articleId={selectedId}
            onSaved={refreshLibrary}
            onDeleted={handleDeleted}
            onOpen={select}
          />
        ) : (
          <p className="editor-message">{t('editor.noSelection')}</p>
        )}
      </main>
    </div>
  );
}
