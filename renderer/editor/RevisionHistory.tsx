import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../shared/api/apiResult';
import type { Article } from '../../shared/article/articleSchema';
import type { Revision, RevisionSummary } from '../../shared/article/revisionSchema';
import { extractPlainText } from '../../shared/editor/extractPlainText';
import { diffWords } from '../../shared/text/diffWords';
import { useApiClient } from '../api/ApiClientContext';

interface RevisionHistoryProps {
  articleId: string;
  version: number;
  onRestored: () => void;
  runServerChange: (
    call: (baseVersion: number) => Promise<ApiResult<Article>>,
  ) => Promise<ApiResult<Article>>;
}

function snapshotText(revision: Revision): string {
  const { snapshot } = revision;
  return [snapshot.headline, snapshot.lede, extractPlainText(snapshot.body)]
    .filter(Boolean)
    .join('\n\n');
}

/** Revisions with time and author; preview, a word diff between any two, restore, and named versions. */
export function RevisionHistory({
  articleId,
  version,
  onRestored,
  runServerChange,
}: RevisionHistoryProps) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [isOpen, setIsOpen] = useState(false);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [compareWith, setCompareWith] = useState<Revision | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const nameId = useId();
  const compareId = useId();

  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    void client.call('revisions:list', { articleId }).then((result) => {
      if (isCurrent && result.ok) setRevisions(result.value.revisions);
    });
    return () => {
      isCurrent = false;
    };
  }, [client, articleId, version, isOpen]);

  const load = async (id: number): Promise<Revision | null> => {
    const result = await client.call('revisions:get', { id });
    return result.ok ? result.value : null;
  };

  const saveVersion = async (): Promise<void> => {
    if (!name.trim()) return;
    // Pending edits are saved first, so the named version holds what is on screen.
    const result = await runServerChange(async () => {
      const saved = await client.call('articles:saveVersion', { id: articleId, name });
      return saved.ok
        ? client.call('articles:get', { id: articleId })
        : { ok: false, error: saved.error };
    });
    setMessage(result.ok ? t('history.versionSaved', { name }) : result.error.message);
    if (result.ok) setName('');
    const list = await client.call('revisions:list', { articleId });
    if (list.ok) setRevisions(list.value.revisions);
  };

  const restore = async (revision: Revision): Promise<void> => {
    const result = await runServerChange((baseVersion) =>
      client.call('revisions:restore', { articleId, revisionId: revision.id, baseVersion }),
    );
    if (result.ok) onRestored();
    else setMessage(result.error.message);
  };

  const format = (time: number): string =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(time);

  return (
    <details className="revision-history" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>{t('history.heading')}</summary>
      <div className="save-version">
        <label className="field-label" htmlFor={nameId}>
          {t('history.versionName')}
        </label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
        <button type="button" disabled={!name.trim()} onClick={() => void saveVersion()}>
          {t('history.saveVersion')}
        </button>
      </div>
      {message && (
        <p className="history-message" role="status">
          {message}
        </p>
      )}
      <ol className="revision-list" aria-label={t('history.heading')}>
        {revisions.map((revision) => (
          <li key={revision.id}>
            <button
              type="button"
              className="revision-item"
              aria-pressed={selected?.id === revision.id}
              onClick={() => void load(revision.id).then(setSelected)}
            >
              <span className="revision-time">{format(revision.updatedAt)}</span>
              <span className="revision-meta">
                {t(`history.reason.${revision.reason}`)}
                {revision.name ? ` «${revision.name}»` : ''} · {revision.author}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {selected && (
        <section className="revision-preview" aria-label={t('history.preview')}>
          <h3>{t('history.previewOf', { time: format(selected.updatedAt) })}</h3>
          <label className="field-label" htmlFor={compareId}>
            {t('history.compareWith')}
          </label>
          <select
            id={compareId}
            value={compareWith?.id ?? ''}
            onChange={(event) => {
              const id = Number(event.target.value);
              if (!id) setCompareWith(null);
              else void load(id).then(setCompareWith);
            }}
          >
            <option value="">{t('history.noCompare')}</option>
            {revisions
              .filter((revision) => revision.id !== selected.id)
              .map((revision) => (
                <option key={revision.id} value={revision.id}>
                  {format(revision.updatedAt)} · {t(`history.reason.${revision.reason}`)}
                </option>
              ))}
          </select>
          <div className="revision-text" data-testid="revision-text">
            {compareWith
              ? diffWords(
                  snapshotText(compareWith.id < selected.id ? compareWith : selected),
                  snapshotText(compareWith.id < selected.id ? selected : compareWith),
                ).map((part, index) =>
                  part.kind === 'same' ? (
                    <span key={index}>{part.text}</span>
                  ) : part.kind === 'added' ? (
                    <ins key={index}>{part.text}</ins>
                  ) : (
                    <del key={index}>{part.text}</del>
                  ),
                )
              : snapshotText(selected)}
          </div>
          <button type="button" className="primary" onClick={() => void restore(selected)}>
            {t('history.restore')}
          </button>
        </section>
      )}
    </details>
  );
}
