import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses, type ArticleStatus } from '../../shared/article/articleSchema';
import { errorMessage } from '../api/ApiCallError';
import { useApiClient } from '../api/ApiClientContext';
import {
  describeExportFailure,
  describeExportJobFailure,
  describeRule,
} from '../api/describeApiError';
import { invalidateLibrary } from '../api/updateArticleCache';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { Dialog } from '../dialog/Dialog';
import { DateField } from '../i18n/DateField';
import './export.css';
import {
  exportFormReducer,
  initialExportForm,
  toExportRequest,
  type ExportForm,
} from './exportForm';

interface ExportDialogProps {
  /** The article open in the editor, offered as "this article only". */
  currentArticleId: string | null;
  onClose: () => void;
  /** Opens an article the summary names (the dialog is closed first). */
  onOpenArticle: (id: string) => void;
}

const pollMs = 200;

/** Batch export to the site folder: which articles, where, progress with cancel, and a summary. */
export function ExportDialog({ currentArticleId, onClose, onOpenArticle }: ExportDialogProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const id = useId();
  const [form, dispatch] = useReducer(exportFormReducer, initialExportForm);
  const change = (patch: Partial<ExportForm>): void => dispatch({ type: 'change', patch });
  const rubrics = useApiQuery('lists:get', {}).data?.rubrics ?? [];
  const settings = useApiQuery('export:settings', {}).data;
  useEffect(() => {
    if (settings) dispatch({ type: 'settingsLoaded', ...settings });
  }, [settings]);

  const start = useApiMutation('export:start');
  const cancel = useApiMutation('export:cancel');
  const jobId = start.data?.jobId ?? null;
  const status = useApiQuery(
    'export:status',
    { jobId: jobId ?? '' },
    {
      enabled: jobId !== null,
      refetchInterval: (query) => (query.state.data?.state === 'running' ? pollMs : false),
    },
  );
  const job = jobId !== null ? (status.data ?? null) : null;
  const isFinished = job !== null && job.state !== 'running';
  useEffect(() => {
    // Exported articles may now be published: the library's rows and counts are stale.
    if (isFinished) invalidateLibrary(queryClient);
  }, [isFinished, queryClient]);

  const problem = start.error ?? status.error;
  const isRunning = start.isPending || (jobId !== null && !isFinished);
  const summary = job?.summary;
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The summary comes below the form: bring it into the dialog's view when it arrives.
    if (summary) summaryRef.current?.scrollIntoView({ block: 'nearest' });
  }, [summary]);
  return (
    <Dialog
      title={t('export.title')}
      className="export-dialog"
      onClose={onClose}
      canClose={!isRunning}
    >
      <div className="dialog-body">
        <fieldset disabled={isRunning}>
          <legend>{t('export.which')}</legend>
          {(currentArticleId
            ? (['ready', 'all', 'status', 'current'] as const)
            : (['ready', 'all', 'status'] as const)
          ).map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={form.choice === value}
                onChange={() => change({ choice: value })}
              />
              {t(`export.choice.${value}`)}
            </label>
          ))}
          {form.choice === 'status' && (
            <select
              aria-label={t('meta.status')}
              value={form.status}
              onChange={(e) => change({ status: e.target.value as ArticleStatus })}
            >
              {articleStatuses.map((name) => (
                <option key={name} value={name}>
                  {t(`status.${name}`)}
                </option>
              ))}
            </select>
          )}
          <label className="filter-field">
            <span>{t('library.rubric')}</span>
            <select value={form.rubric} onChange={(e) => change({ rubric: e.target.value })}>
              <option value="">{t('library.anyRubric')}</option>
              {rubrics.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            <span>{t('export.since')}</span>
            <DateField value={form.since} onChange={(since) => change({ since })} />
          </label>
        </fieldset>
        <fieldset disabled={isRunning}>
          <legend>{t('export.where')}</legend>
          <label className="field-label" htmlFor={`${id}-out`}>
            {t('export.folder')}
          </label>
          <input
            id={`${id}-out`}
            value={form.outDir}
            onChange={(e) => change({ outDir: e.target.value })}
          />
          <label className="field-label" htmlFor={`${id}-url`}>
            {t('export.baseUrl')}
          </label>
          <input
            id={`${id}-url`}
            value={form.baseUrl}
            placeholder="https://news.example"
            onChange={(e) => change({ baseUrl: e.target.value })}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.markPublished}
              onChange={(e) => change({ markPublished: e.target.checked })}
            />
            {t('export.markPublished')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.force}
              onChange={(e) => change({ force: e.target.checked })}
            />
            {t('export.force')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.allowUnverified}
              onChange={(e) => change({ allowUnverified: e.target.checked })}
            />
            {t('export.allowUnverified')}
          </label>
        </fieldset>
        {problem && (
          <p className="field-problem" role="alert">
            {errorMessage(problem)}
          </p>
        )}
        {job && (
          <div className="export-progress">
            <progress
              max={Math.max(job.total, 1)}
              value={job.done}
              aria-label={t('export.progress')}
            />
            <span>{t('export.progressText', { done: job.done, total: job.total })}</span>
          </div>
        )}
        {job?.state === 'failed' && (
          <p className="field-problem">
            {job.failure ? describeExportJobFailure(job.failure) : t('apiError.internal')}
          </p>
        )}
        {summary && (
          <div
            ref={summaryRef}
            className="export-summary"
            role="status"
            data-testid="export-summary"
          >
            <p>
              {summary.cancelled
                ? t('export.cancelled')
                : t('export.summary', {
                    written: summary.written,
                    unchanged: summary.unchanged,
                    failed: summary.failed.length,
                    blocked: summary.blocked.length,
                  })}
            </p>
            {summary.blocked.length > 0 && (
              <ul className="export-held" aria-label={t('export.blocked')}>
                {summary.blocked.map((held) => (
                  <li key={held.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        onClose();
                        onOpenArticle(held.id);
                      }}
                    >
                      {held.headline || t('library.untitled')}
                    </button>
                    <span className="export-held-reason">{describeRule(held.rule)}</span>
                  </li>
                ))}
              </ul>
            )}
            {summary.failed.map((failure) => (
              <p key={failure.id} className="field-problem">
                {describeExportFailure(failure, failure.id)}
              </p>
            ))}
            <p className="export-folder">
              {t('export.folderIs')} <code>{summary.outDir}</code>
            </p>
            {client.transport === 'http' && !summary.cancelled && (
              <a href="/site/index.html" target="_blank" rel="noreferrer">
                {t('export.openIndex')}
              </a>
            )}
          </div>
        )}
      </div>
      <div className="dialog-actions">
        {isRunning ? (
          <button
            type="button"
            className="danger"
            onClick={() => jobId && cancel.mutate({ jobId })}
          >
            {t('export.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => start.mutate(toExportRequest(form, currentArticleId))}
          >
            {t('export.start')}
          </button>
        )}
        <button type="button" disabled={isRunning} onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
    </Dialog>
  );
}
