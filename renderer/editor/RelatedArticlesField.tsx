import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleListItem } from '../../shared/article/articleQuerySchema';
import type { RelatedArticle } from '../../shared/article/articleSchema';
import { useApiClient } from '../api/ApiClientContext';

interface RelatedArticlesFieldProps {
  articleId: string;
  related: RelatedArticle[];
  onChange: (related: RelatedArticle[]) => void;
  onOpen: (id: string) => void;
}

/** «Другие новости»: links to other library articles, found with a search picker. */
export function RelatedArticlesField({
  articleId,
  related,
  onChange,
  onOpen,
}: RelatedArticlesFieldProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<ArticleListItem[]>([]);
  const inputId = useId();

  useEffect(() => {
    if (!search.trim()) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      void client.call('articles:query', { search, sort: 'relevance', limit: 8 }).then((result) => {
        if (isCurrent && result.ok)
          setResults(result.value.articles.filter((item) => item.id !== articleId));
      });
    }, 150);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [client, search, articleId]);

  const linkedIds = new Set(related.map((item) => item.relatedId));
  return (
    <div className="related-field">
      <span className="field-label">{t('meta.related')}</span>
      <ul className="related-list" aria-label={t('meta.related')}>
        {related.map((item, index) => (
          <li key={`${item.relatedId ?? 'text'}-${index}`}>
            {item.relatedId ? (
              <button type="button" className="link-button" onClick={() => onOpen(item.relatedId!)}>
                {item.headline}
              </button>
            ) : (
              <span className="unlinked" title={t('meta.notInLibrary')}>
                {item.headline}
              </span>
            )}
            <button
              type="button"
              className="token-remove"
              aria-label={t('meta.unlink', { name: item.headline })}
              onClick={() => onChange(related.filter((_, position) => position !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('meta.findRelated')}
      </label>
      <input
        id={inputId}
        type="search"
        value={search}
        placeholder={t('meta.findRelated')}
        onChange={(event) => {
          setSearch(event.target.value);
          if (!event.target.value.trim()) setResults([]);
        }}
      />
      {search.trim() && results.length > 0 && (
        <ul className="related-results" aria-label={t('meta.relatedResults')}>
          {results
            .filter((item) => !linkedIds.has(item.id))
            .map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => {
                    onChange([...related, { relatedId: item.id, headline: item.headline }]);
                    setSearch('');
                    setResults([]);
                  }}
                >
                  {item.headline || t('library.untitled')}
                </button>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
