import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../shared/api/apiResult';
import type { Article, ArticleStatus } from '../../shared/article/articleSchema';
import { RelatedArticlesField } from './RelatedArticlesField';
import { RevisionHistory } from './RevisionHistory';
import { SlugField } from './SlugField';
import type { Editor } from '@tiptap/core';
import { FactCheckPanel } from '../factcheck/FactCheckPanel';
import { StatusControl, type StatusProblem } from './StatusControl';
import { TokenListInput } from './TokenListInput';

export interface LibraryLists {
  rubrics: string[];
  tags: string[];
  bylines: string[];
  speakers: string[];
}

type EditableFields = Pick<
  Article,
  'headline' | 'lede' | 'rubric' | 'tags' | 'bylines' | 'language' | 'related'
>;

interface MetadataPanelProps {
  articleId: string;
  fields: EditableFields;
  stored: Article;
  lists: LibraryLists;
  statusProblem: StatusProblem | null;
  editor: Editor | null;
  saveNow: () => Promise<void>;
  onChange: (patch: Partial<EditableFields>) => void;
  onSlug: (slug: string | null) => void;
  onStatus: (status: ArticleStatus, overrideReason?: string) => void;
  onOpen: (id: string) => void;
  onReload: () => void;
  runServerChange: (
    call: (baseVersion: number) => Promise<ApiResult<Article>>,
  ) => Promise<ApiResult<Article>>;
}

/** The article's fields beside the text: status, people, tags, address, language, related, history. */
export function MetadataPanel(props: MetadataPanelProps) {
  const { t } = useTranslation();
  const { fields, stored, lists, onChange } = props;
  const languageId = useId();
  return (
    <aside className="metadata-panel" aria-label={t('meta.heading')}>
      <StatusControl
        status={stored.status}
        onChange={props.onStatus}
        problem={props.statusProblem}
      />
      {props.editor && (
        <FactCheckPanel
          articleId={props.articleId}
          editor={props.editor}
          version={stored.version}
          speakers={lists.speakers}
          saveNow={props.saveNow}
        />
      )}
      <TokenListInput
        label={t('meta.bylines')}
        values={fields.bylines}
        suggestions={lists.bylines}
        onChange={(bylines) => onChange({ bylines })}
      />
      <TokenListInput
        label={t('meta.tags')}
        values={fields.tags}
        suggestions={lists.tags}
        onChange={(tags) => onChange({ tags })}
      />
      <SlugField slug={stored.slug} isCustom={stored.isSlugCustom} onSet={props.onSlug} />
      <div className="language-field">
        <label className="field-label" htmlFor={languageId}>
          {t('meta.language')}
        </label>
        <select
          id={languageId}
          value={fields.language}
          onChange={(event) => onChange({ language: event.target.value as Article['language'] })}
        >
          <option value="ru">{t('language.ru')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </div>
      <RelatedArticlesField
        articleId={props.articleId}
        related={fields.related}
        onChange={(related) => onChange({ related })}
        onOpen={props.onOpen}
      />
      <RevisionHistory
        articleId={props.articleId}
        version={stored.version}
        onRestored={props.onReload}
        runServerChange={props.runServerChange}
      />
    </aside>
  );
}
