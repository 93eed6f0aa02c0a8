import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses, type ArticleStatus } from '../../shared/article/articleSchema';
import { canMoveArticle } from '../../shared/article/articleStatusTransitions';
import { useArticleSession } from './ArticleSessionContext';

/** The workflow status, offering every move the desk allows from here, in workflow order. */
export function StatusControl() {
  const { t } = useTranslation();
  const session = useArticleSession();
  const { status } = session.stored;
  const problem = session.statusProblem;
  const onChange = session.setStatus;
  const id = useId();
  const [reason, setReason] = useState('');
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
        {articleStatuses
          .filter((next) => canMoveArticle(status, next))
          .map((next) =>
            next === status ? (
              <option key={next} value={next}>
                {t(`status.${next}`)}
              </option>
            ) : (
              <option key={next} value={next}>
                {t('meta.moveTo', { status: t(`status.${next}`) })}
              </option>
            ),
          )}
      </select>
      {problem && (
        <div className="gate-problem" role="alert">
          <p className="field-problem">{problem.message}</p>
          {problem.blockedStatus && (
            <div className="override-form">
              <label className="field-label" htmlFor={`${id}-reason`}>
                {t('quotes.overrideReason')}
              </label>
              <textarea
                id={`${id}-reason`}
                rows={2}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
              {reason.trim().length < 3 && (
                <p className="field-hint" id={`${id}-why-disabled`}>
                  {t('quotes.overrideNeedsReason')}
                </p>
              )}
              <button
                type="button"
                className="danger"
                disabled={reason.trim().length < 3}
                aria-describedby={reason.trim().length < 3 ? `${id}-why-disabled` : undefined}
                title={reason.trim().length < 3 ? t('quotes.overrideNeedsReason') : undefined}
                onClick={() => onChange(problem.blockedStatus!, reason.trim())}
              >
                {t('quotes.override', { status: t(`status.${problem.blockedStatus}`) })}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
