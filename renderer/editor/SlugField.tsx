import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSlugProblem } from '../../shared/article/slugify';
import { useArticleSession } from './ArticleSessionContext';

/** The article's address: shown, editable, checked as it is typed, and resettable to the headline. */
export function SlugField() {
  const { t } = useTranslation();
  const session = useArticleSession();
  const { slug, isSlugCustom: isCustom } = session.stored;
  const onSet = session.setSlug;
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = useId();
  const problem = draft === null ? null : findSlugProblem(draft);

  if (draft === null) {
    return (
      <div className="slug-field">
        <span className="field-label">{t('meta.slug')}</span>
        <code className="slug-preview" data-testid="slug">
          {slug}
        </code>
        <div className="slug-actions">
          <button type="button" onClick={() => setDraft(slug)}>
            {t('meta.editSlug')}
          </button>
          {isCustom && (
            <button type="button" onClick={() => onSet(null)}>
              {t('meta.slugFromHeadline')}
            </button>
          )}
        </div>
      </div>
    );
  }
  const save = (): void => {
    if (problem) return;
    onSet(draft);
    setDraft(null);
  };
  return (
    <div className="slug-field">
      <label className="field-label" htmlFor={inputId}>
        {t('meta.slug')}
      </label>
      <input
        id={inputId}
        value={draft}
        aria-invalid={problem ? 'true' : 'false'}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
        onChange={(event) => setDraft(event.target.value.toLowerCase())}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      {problem && (
        <p id={`${inputId}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="slug-actions">
        <button type="button" className="primary" disabled={problem !== null} onClick={save}>
          {t('meta.saveSlug')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('meta.cancel')}
        </button>
      </div>
    </div>
  );
}
