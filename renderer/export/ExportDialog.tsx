import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiOutput } from '../../shared/api/apiContract';
import { articleStatuses, type ArticleStatus } from '../../shared/article/articleSchema';
import { useApiClient } from '../api/ApiClientContext';

type JobStatus = ApiOutput<'export:status'>;
type Choice = 'ready' | 'all' | 'status' | 'current';

interface ExportDialogProps {
  rubrics: readonly string[];
  /** The article open in the editor, offered as "this article only". */
  currentArticleId: string | null;
  onClose: () => void;
  onFinished: () => void;
}

const pollMs = 200;

/** Batch export to the site folder: which articles, where, progress with cancel, and a summary. */
export function ExportDialog({
  rubrics,
  currentArticleId,
  onClose,
  onFinished,
}: ExportDialogProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const id = useId();
  const [choice, setChoice] = useState<Choice>('ready');
  const [status, setStatus] = useState<ArticleStatus>('ready');
  const [rubric, setRubric] = useState('');
  const [since, setSince] = useState('');
  const [outDir, setOutDir] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [force, setForce] = useState(false);
  const [allowUnverified, setAllowUnverified] = useState(false);
  const [markPublished, setMarkPublished] = useState(true);
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void client.call('export:settings', {}).then((result) => {
      if (!result.ok) return;
      setOutDir((current) => current || result.value.outDir);
      setBaseUrl((current) => current || result.value.baseUrl);
    });
  }, [client]);

  useEffect(() => {
    if (!jobId) return;
    let isCurrent = true;
    const poll = async (): Promise<void> => {
      const result = await client.call('export:status', { jobId });
      if (!isCurrent) return;
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setJob(result.value);
      if (result.value.state === 'running') setTimeout(() => void poll(), pollMs);
      else onFinished();
    };
    void poll();
    return () => {
      isCurrent = false;
    };
  }, [client, jobId, onFinished]);

  const start = async (): Promise<void> => {
    setProblem(null);
    setJob(null);
    const selection: ApiInput<'export:start'>['selection'] = {
      ...(choice === 'all'
        ? { all: true }
        : choice === 'current' && currentArticleId
          ? { ids: [currentArticleId] }
          : { status: choice === 'ready' ? 'ready' : status }),
      ...(rubric ? { rubric } : {}),
      ...(since ? { since: Date.parse(`${since}T00:00:00`) } : {}),
    };
    const result = await client.call('export:start', {
      selection,
      outDir,
      baseUrl,
      force,
      allowUnverified,
      markPublished,
    });
    if (result.ok) setJobId(result.value.jobId);
    else setProblem(result.error.message);
  };

  const isRunning = job?.state === 'running' || (jobId !== null && job === null);
  const summary = job?.summary;
  return (
    <div className="modal-backdrop">
      <section
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
      >
        <h2 id={`${id}-title`}>{t('export.title')}</h2>
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
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              {t(`export.choice.${value}`)}
            </label>
          ))}
          {choice === 'status' && (
            <select
              aria-label={t('meta.status')}
              value={status}
              onChange={(e) => setStatus(e.target.value as ArticleStatus)}
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
            <select value={rubric} onChange={(e) => setRubric(e.target.value)}>
              <option value="">{t('library.any')}</option>
              {rubrics.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            <span>{t('export.since')}</span>
            <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
          </label>
        </fieldset>
        <fieldset disabled={isRunning}>
          <legend>{t('export.where')}</legend>
          <label className="field-label" htmlFor={`${id}-out`}>
            {t('export.folder')}
          </label>
          <input id={`${id}-out`} value={outDir} onChange={(e) => setOutDir(e.target.value)} />
          <label className="field-label" htmlFor={`${id}-url`}>
            {t('export.baseUrl')}
          </label>
          <input
            id={`${id}-url`}
            value={baseUrl}
            placeholder="https://news.example"
            onChange={(e) => setBaseUrl(e.target.value)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={markPublished}
              onChange={(e) => setMarkPublished(e.target.checked)}
            />
            {t('export.markPublished')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />
            {t('export.force')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={allowUnverified}
              onChange={(e) => setAllowUnverified(e.target.checked)}
            />
            {t('export.allowUnverified')}
          </label>
        </fieldset>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
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
        {job?.state === 'failed' && <p className="field-problem">{job.error}</p>}
        {summary && (
          <div className="export-summary" role="status" data-testid="export-summary">
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
              <ul aria-label={t('export.blocked')}>
                {summary.blocked.map((held) => (
                  <li key={held.id}>{held.reason}</li>
                ))}
              </ul>
            )}
            {summary.failed.map((failure) => (
              <p key={failure.id} className="field-problem">
                {failure.id}: {failure.message}
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
        <div className="dialog-actions">
          {isRunning ? (
            <button
              type="button"
              className="danger"
              onClick={() => jobId && void client.call('export:cancel', { jobId })}
            >
              {t('export.cancel')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void start()}>
              {t('export.start')}
            </button>
          )}
          <button type="button" disabled={isRunning} onClick={onClose}>
            {t('export.close')}
          </button>
        </div>
      </section>
    </div>
  );
}
