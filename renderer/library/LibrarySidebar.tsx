import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/article/articleSchema';

interface LibrarySidebarProps {
  articles: ArticleSummary[] | null;
  total: number;
  error: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: () => void;
}

/** The library list: newest first, with the article's status and rubric. */
export function LibrarySidebar({
  articles,
  total,
  error,
  selectedId,
  onSelect,
  onCreate,
}: LibrarySidebarProps) {
  const { t } = useTranslation();
  return (
    <nav className="library-sidebar" aria-label={t('library.heading')}>
      <div className="library-header">
        <h2>{t('library.heading')}</h2>
        <button type="button" className="primary" onClick={onCreate}>
          {t('library.newArticle')}
        </button>
      </div>
      {error && (
        <p role="alert" className="library-error">
          {t('library.loadFailed', { message: error })}
        </p>
      )}
      {articles === null && !error && <p className="library-message">{t('library.loading')}</p>}
      {articles?.length === 0 && <p className="library-message">{t('library.empty')}</p>}
      {articles && articles.length > 0 && (
        <>
          <p className="library-count">{t('library.count', { count: total })}</p>
          <ul className="article-list" data-testid="article-list">
            {articles.map((article) => (
              <li key={article.id}>
                <button
                  type="button"
                  className="article-list-item"
                  aria-current={article.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(article.id)}
                >
                  <span className="article-list-headline">
                    {article.headline || t('library.untitled')}
                  </span>
                  <span className="article-list-meta">
                    {[t(`status.${article.status}`), article.rubric].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
