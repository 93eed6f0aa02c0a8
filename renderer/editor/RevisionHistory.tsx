import { useId, useState } from 'react';
import { describeApiError } from '../api/describeApiError';
import { useTranslation } from 'react-i18next';
import type { Revision, RevisionSummary } from '../../shared/article/revisionSchema';
import { extractPlainText } from '../../shared/editor/extractPlainText';
import { diffWords } from '../../shared/text/diffWords';
import { useApiClient } from '../api/ApiClientContext';
import { useApiQuery } from '../api/useApiQuery';
import { Dialog } from '../dialog/Dialog';
import { useArticleSession } from './ArticleSessionContext';
import { useDateFormat } from '../i18n/useDateFormat';

function snapshotText(revision: Revision): string {
  const { snapshot } = revision;
  return [snapshot.headline, snapshot.lede, extractPlainText(snapshot.body)]
    .filter(Boolean)
    .join('\n\n');
}

/** Revisions with time and author; preview, a word diff between any two, restore, and named versions. */
export function RevisionHistory() {
  const { t } = useTranslation();
  const client = useApiClient();
  const session = useArticleSession();
  const { articleId, autosave, reopen } = session;
  const [isOpen, setIsOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [compareId, setCompareId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const nameId = useId();
  const compareFieldId = useId();
  // Listed only while the history is open; every save marks the list stale.
  const revisions =
    useApiQuery('revisions:list', { articleId }, { enabled: isOpen }).data?.revisions ?? [];
  const selected =
    useApiQuery('revisions:get', { id: selectedId ?? 0 }, { enabled: selectedId !== null }).data ??
    null;
  const compareWith =
    useApiQuery('revisions:get', { id: compareId ?? 0 }, { enabled: compareId !== null }).data ??
    null;

  const saveVersion = async (): Promise<void> => {
    if (!name.trim()) return;
    // The save's answer marks this article's history stale: the list is refetched.
    const result = await session.saveVersion(name);
    setMessage(result.ok ? t('history.versionSaved', { name }) : describeApiError(result.error));
    if (result.ok) setName('');
  };

  const restore = async (revision: Revision): Promise<void> => {
    const result = await autosave.runServerChange(
      (baseVersion) =>
        client.call('revisions:restore', {
          articleId,
          revisionId: revision.id,
          ...(baseVersion !== undefined ? { baseVersion } : {}),
        }),
      ['headline', 'lede', 'rubric', 'tags', 'bylines', 'language', 'slug', 'body', 'related'],
    );
    if (result.ok) reopen(result.value);
    else setMessage(describeApiError(result.error));
  };

  const dates = useDateFormat();
  // Saves a few seconds apart share a minute: those get their seconds, so each entry is told apart.
  const minuteCounts = new Map<string, number>();
  for (const revision of revisions) {
    const minute = dates.dateTime(revision.updatedAt);
    minuteCounts.set(minute, (minuteCounts.get(minute) ?? 0) + 1);
  }
  const format = (at: number): string => {
    const minute = dates.dateTime(at);
    return (minuteCounts.get(minute) ?? 0) > 1 ? dates.dateTimeSeconds(at) : minute;
  };
  const reasonOf = (revision: RevisionSummary): string =>
    revision.reason === 'status'
      ? t('history.statusChangedTo', { status: t(`status.${revision.status}`) })
      : t(`history.reason.${revision.reason}`);
  const closePreview = (): void => {
    setSelectedId(null);
    setCompareId(null);
  };

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
              aria-pressed={selectedId === revision.id}
              onClick={() => setSelectedId(revision.id)}
            >
              <span className="revision-time">{format(revision.updatedAt)}</span>
              <span className="revision-meta">
                {reasonOf(revision)}
                {revision.name ? ` «${revision.name}»` : ''} · {revision.author}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {selected && (
        // The comparison needs the width of the page, not of the side panel: a dialog.
        <Dialog
          title={t('history.previewOf', { time: format(selected.updatedAt) })}
          className="revision-dialog"
          onClose={closePreview}
        >
          <p className="revision-meta">
            {reasonOf(selected)}
            {selected.name ? ` «${selected.name}»` : ''} · {selected.author}
          </p>
          <label className="field-label" htmlFor={compareFieldId}>
            {t('history.compareWith')}
          </label>
          <select
            id={compareFieldId}
            value={compareId ?? ''}
            onChange={(event) => setCompareId(Number(event.target.value) || null)}
          >
            <option value="">{t('history.noCompare')}</option>
            {revisions
              .filter((revision) => revision.id !== selected.id)
              .map((revision) => (
                <option key={revision.id} value={revision.id}>
                  {format(revision.updatedAt)} · {reasonOf(revision)}
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
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => void restore(selected)}>
              {t('history.restore')}
            </button>
            <button type="button" onClick={closePreview}>
              {t('history.close')}
            </button>
          </div>
        </Dialog>
      )}
    </details>
  );
}
