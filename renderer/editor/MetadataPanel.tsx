import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/article/articleSchema';
import { CommentsPanel } from '../comments/CommentsPanel';
import { FactCheckPanel } from '../factcheck/FactCheckPanel';
import { useArticleSession } from './ArticleSessionContext';
import { RelatedArticlesField } from './RelatedArticlesField';
import { RevisionHistory } from './RevisionHistory';
import { SlugField } from './SlugField';
import { StatusControl } from './StatusControl';
import { TokenListInput } from './TokenListInput';

/**
 * The article's fields beside the text: status, fact-check, comments, people, tags, address,
 * language, related, history.
 */
export function MetadataPanel() {
  const { t } = useTranslation();
  const { fields, lists, change, editor } = useArticleSession();
  const languageId = useId();
  return (
    <aside className="metadata-panel" aria-label={t('meta.heading')}>
      <StatusControl />
      {editor && <FactCheckPanel editor={editor} />}
      {editor && <CommentsPanel editor={editor} />}
      <TokenListInput
        label={t('meta.bylines')}
        values={fields.bylines}
        suggestions={lists.bylines}
        onChange={(bylines) => change({ bylines })}
      />
      <TokenListInput
        label={t('meta.tags')}
        values={fields.tags}
        suggestions={lists.tags}
        onChange={(tags) => change({ tags })}
      />
      <SlugField />
      <div className="language-field">
        <label className="field-label" htmlFor={languageId}>
          {t('meta.language')}
        </label>
        <select
          id={languageId}
          value={fields.language}
          onChange={(event) => change({ language: event.target.value as Article['language'] })}
        >
          <option value="ru">{t('language.ru')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </div>
      <RelatedArticlesField />
      <RevisionHistory />
    </aside>
  );
}
