import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses, type ArticleStatus } from '../../shared/article/articleSchema';
import {
  articleStatusTransitions,
  canMoveArticle,
} from '../../shared/article/articleStatusTransitions';
import { useApiQuery } from '../api/useApiQuery';
import { AssigneeControl } from '../queue/AssigneeControl';
import '../queue/queue.css';
import { handoffCandidates } from '../queue/handoffCandidates';
import { personLabel } from '../queue/personLabel';
import { useArticleSession } from './ArticleSessionContext';

/** Between the status and the person in a hand-off option's value (ids hold no spaces). */
const handoffSeparator = ' ';

/**
 * The workflow status, offering every move the desk allows from here, in workflow order; a move
 * to fact-check or ready can hand the article to a person with it (a fact-checker, the chief).
 */
export function StatusControl() {
  const { t } = useTranslation();
  const session = useArticleSession();
  const { status } = session.stored;
  const problem = session.statusProblem;
  const onChange = session.setStatus;
  const id = useId();
  const [reason, setReason] = useState('');
  const people = useApiQuery('people:list', {}).data;
  return (
    <div className="status-control">
      <label className="field-label" htmlFor={id}>
        {t('meta.status')}
      </label>
      <select
        id={id}
        value={status}
        onChange={(event) => {
          const [next, personId] = event.target.value.split(handoffSeparator) as [
            ArticleStatus,
            string | undefined,
          ];
          const person = people?.people.find((candidate) => candidate.id === personId);
          onChange(next, undefined, person ? { id: person.id, name: person.name } : undefined);
        }}
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
        {people &&
          articleStatusTransitions[status].flatMap((next) =>
            handoffCandidates(next, people.people, people.me).map((person) => (
              <option key={`${next}-${person.id}`} value={`${next}${handoffSeparator}${person.id}`}>
                {t('handoff.moveAndHand', {
                  status: t(`status.${next}`),
                  person: personLabel(t, person),
                })}
              </option>
            )),
          )}
      </select>
      <AssigneeControl articleId={session.stored.id} />
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
