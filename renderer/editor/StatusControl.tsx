import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../shared/article/articleSchema';
import { articleStatusTransitions } from '../../shared/article/articleStatusTransitions';

interface StatusControlProps {
  status: ArticleStatus;
  onChange: (status: ArticleStatus) => void;
  problem: string | null;
}

/** The workflow status, offering only the moves the desk allows from here. */
export function StatusControl({ status, onChange, problem }: StatusControlProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="status-control">
      <label className="field-label" htmlFor={id}>
        {t('meta.status')}
      </label>
      <select
        id={id}
        value={status}
        onChange={(event) => onChange(event.target.value as ArticleStatus)}
      >
        <option value={status}>{t(`status.${status}`)}</option>
        {articleStatusTransitions[status].map((next) => (
          <option key={next} value={next}>
            {t('meta.moveTo', { status: t(`status.${next}`) })}
          </option>
        ))}
      </select>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
