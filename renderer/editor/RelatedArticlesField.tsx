import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bindDigitGroups } from '../../shared/text/bindDigitGroups';
import { useApiQuery } from '../api/useApiQuery';
import { useArticleSession } from './ArticleSessionContext';

const resultLimit = 8;

/** «Другие новости»: links to other library articles, found with a search picker. */
export function RelatedArticlesField() {
  const { t } = useTranslation();
  const session = useArticleSession();
  const { articleId } = session;
  const { related } = session.fields;
  const onChange = (next: typeof related): void => session.change({ related: next });
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const inputId = useId();
  const found = useApiQuery(
    'articles:query',
    { search: deferredSearch, sort: 'relevance', limit: resultLimit },
    { enabled: deferredSearch !== '' },
  );
  const results = search.trim()
    ? (found.data?.articles ?? []).filter((item) => item.id !== articleId)
    : [];

  const linkedIds = new Set(related.map((item) => item.relatedId));
  return (
    <div className="related-field">
      <span className="field-label">{t('meta.related')}</span>
      <ul className="related-list" aria-label={t('meta.related')}>
        {related.map((item, index) => (
          <li key={`${item.relatedId ?? 'text'}-${index}`}>
            {item.relatedId ? (
              <button
                type="button"
                className="link-button"
                onClick={() => session.open(item.relatedId!)}
              >
                {bindDigitGroups(item.headline)}
              </button>
            ) : (
              // A headline the import kept but the library does not hold: said so, with a way
              // to look for the article and link it.
              <span className="unlinked" data-testid="related-unlinked">
                <span className="unlinked-headline">{bindDigitGroups(item.headline)}</span>
                <span className="unlinked-note">
                  {t('meta.notInLibrary')} ·{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setSearch(item.headline)}
                  >
                    {t('meta.findToLink')}
                  </button>
                </span>
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
        onChange={(event) => setSearch(event.target.value)}
      />
      {results.length > 0 && (
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
