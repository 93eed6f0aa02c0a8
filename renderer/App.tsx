import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../shared/api/apiContract';
import type { ApiResult } from '../shared/api/apiResult';
import type { Article, ArticleSummary } from '../shared/article/articleSchema';
import { useApiClient } from './api/ApiClientContext';
import { ArticleEditor } from './editor/ArticleEditor';
import {
  changeInterfaceLanguage,
  interfaceLanguages,
  type InterfaceLanguage,
} from './i18n/setupI18n';
import { LibrarySidebar } from './library/LibrarySidebar';
import { readSelectedArticleId, writeSelectedArticleId } from './library/selectedArticle';

const pageSize = 200;

export function App() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(readSelectedArticleId);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    writeSelectedArticleId(id);
  }, []);

  const applyList = useCallback((result: ApiResult<ApiOutput<'articles:list'>>) => {
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setArticles(result.value.articles);
    setTotal(result.value.total);
  }, []);

  const reload = useCallback(
    () => client.call('articles:list', { offset: 0, limit: pageSize }).then(applyList),
    [client, applyList],
  );

  useEffect(() => {
    let isCurrent = true;
    void client.call('articles:list', { offset: 0, limit: pageSize }).then((result) => {
      if (isCurrent) applyList(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [client, applyList]);

  const createArticle = async (): Promise<void> => {
    const language = i18n.language === 'ru' ? 'ru' : 'en';
    const result = await client.call('articles:create', { headline: '', language });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    await reload();
    select(result.value.id);
  };

  const handleSaved = useCallback((saved: Article) => {
    setArticles((current) => {
      if (!current) return current;
      const summary: ArticleSummary = {
        id: saved.id,
        headline: saved.headline,
        lede: saved.lede,
        rubric: saved.rubric,
        slug: saved.slug,
        status: saved.status,
        language: saved.language,
        createdAt: saved.createdAt,
        updatedAt: saved.updatedAt,
      };
      return [summary, ...current.filter((article) => article.id !== saved.id)];
    });
  }, []);

  const handleDeleted = useCallback(
    (id: string) => {
      select(null);
      setArticles((current) => current?.filter((article) => article.id !== id) ?? null);
      setTotal((count) => Math.max(0, count - 1));
    },
    [select],
  );

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
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
      </header>
      <LibrarySidebar
        articles={articles}
        total={total}
        error={error}
        selectedId={selectedId}
        onSelect={select}
        onCreate={() => void createArticle()}
      />
      <main className="editor-pane">
        {selectedId ? (
          <ArticleEditor
            key={selectedId}
            articleId={selectedId}
            onSaved={handleSaved}
            onDeleted={handleDeleted}
          />
        ) : (
          <p className="editor-message">{t('editor.noSelection')}</p>
        )}
      </main>
    </div>
  );
}
