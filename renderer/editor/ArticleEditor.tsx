import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/article/articleSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { useApiClient } from '../api/ApiClientContext';
import { BodyEditor } from './BodyEditor';
import { SaveIndicator } from './SaveIndicator';
import { useArticleAutosave } from './useArticleAutosave';

const suggestedRubrics = [
  'Общество',
  'Экономика',
  'Культура',
  'Политика',
  'Спорт',
  'Society',
  'Economy',
  'Culture',
];

interface ArticleEditorProps {
  articleId: string;
  onSaved: (article: Article) => void;
  onDeleted: (id: string) => void;
}

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; article: Article };

/** Loads one article and edits it: headline, lede, rubric and the body. */
export function ArticleEditor({ articleId, onSaved, onDeleted }: ArticleEditorProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    void client.call('articles:get', { id: articleId }).then((result) => {
      if (!isCurrent) return;
      setLoaded(
        result.ok
          ? { kind: 'ready', article: result.value }
          : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      isCurrent = false;
    };
  }, [client, articleId]);

  if (loaded.kind === 'loading') return <p className="editor-message">{t('editor.loading')}</p>;
  if (loaded.kind === 'failed') {
    return (
      <p className="editor-message" role="alert">
        {t('editor.loadFailed', { message: loaded.message })}
      </p>
    );
  }
  return <LoadedArticleEditor article={loaded.article} onSaved={onSaved} onDeleted={onDeleted} />;
}

interface LoadedArticleEditorProps {
  article: Article;
  onSaved: (article: Article) => void;
  onDeleted: (id: string) => void;
}

function LoadedArticleEditor({ article, onSaved, onDeleted }: LoadedArticleEditorProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [headline, setHeadline] = useState(article.headline);
  const [lede, setLede] = useState(article.lede);
  const [rubric, setRubric] = useState(article.rubric);
  const [slug, setSlug] = useState(article.slug);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const editorRef = useRef<Editor | null>(null);

  const getBody = useCallback(
    () => (editorRef.current?.getJSON() as TiptapNode | undefined) ?? null,
    [],
  );
  const handleSaved = useCallback(
    (saved: Article) => {
      setSlug(saved.slug);
      onSaved(saved);
    },
    [onSaved],
  );
  const autosave = useArticleAutosave(article, getBody, handleSaved);
  const handleEditorReady = useCallback((editor: Editor | null) => {
    editorRef.current = editor;
  }, []);

  const deleteArticle = async (): Promise<void> => {
    const result = await client.call('articles:delete', { id: article.id });
    if (result.ok) onDeleted(article.id);
  };

  return (
    <article className="article-editor" aria-labelledby="article-headline-label">
      <div className="editor-toolbar">
        <SaveIndicator state={autosave.state} onRetry={() => void autosave.saveNow()} />
        <span className="slug-preview">{t('editor.slug', { slug })}</span>
        <span className={`status-badge status-${article.status}`}>
          {t(`status.${article.status}`)}
        </span>
        {isConfirmingDelete ? (
          <span className="confirm-delete" role="group" aria-label={t('editor.confirmDelete')}>
            <span>{t('editor.confirmDelete')}</span>
            <button type="button" className="danger" onClick={() => void deleteArticle()}>
              {t('editor.confirmYes')}
            </button>
            <button type="button" onClick={() => setIsConfirmingDelete(false)}>
              {t('editor.confirmNo')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setIsConfirmingDelete(true)}>
            {t('editor.delete')}
          </button>
        )}
      </div>

      <label id="article-headline-label" className="field-label" htmlFor="article-headline">
        {t('editor.headline')}
      </label>
      <textarea
        id="article-headline"
        className="headline-input"
        rows={2}
        value={headline}
        placeholder={t('editor.placeholderHeadline')}
        onChange={(event) => {
          setHeadline(event.target.value);
          autosave.changeFields({ headline: event.target.value });
        }}
      />

      <label className="field-label" htmlFor="article-lede">
        {t('editor.lede')}
      </label>
      <textarea
        id="article-lede"
        className="lede-input"
        rows={3}
        value={lede}
        placeholder={t('editor.placeholderLede')}
        onChange={(event) => {
          setLede(event.target.value);
          autosave.changeFields({ lede: event.target.value });
        }}
      />

      <label className="field-label" htmlFor="article-rubric">
        {t('editor.rubric')}
      </label>
      <input
        id="article-rubric"
        className="rubric-input"
        list="rubric-suggestions"
        value={rubric}
        onChange={(event) => {
          setRubric(event.target.value);
          autosave.changeFields({ rubric: event.target.value });
        }}
      />
      <datalist id="rubric-suggestions">
        {suggestedRubrics.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>

      <span className="field-label" id="article-body-label">
        {t('editor.body')}
      </span>
      <BodyEditor
        initialBody={article.body}
        onChange={autosave.changeBody}
        onReady={handleEditorReady}
      />
    </article>
  );
}
