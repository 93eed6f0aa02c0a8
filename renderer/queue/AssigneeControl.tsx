import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/ApiCallError';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDateFormat } from '../i18n/useDateFormat';
import { invalidateAssignments } from './invalidateAssignments';
import { personLabel } from './personLabel';

interface AssigneeControlProps {
  articleId: string;
}

/** Who the article is assigned to, changed at any time, with the history of hand-offs. */
export function AssigneeControl({ articleId }: AssigneeControlProps) {
  const { t } = useTranslation();
  const when = useDateFormat().dateTime;
  const id = useId();
  const queryClient = useQueryClient();
  const people = useApiQuery('people:list', {}).data;
  const assignment = useApiQuery('assignments:get', { id: articleId }).data;
  const assign = useApiMutation('assignments:set', {
    onSuccess: () => invalidateAssignments(queryClient),
  });
  const current = assignment?.assignee ?? null;
  // The assignee stays listed even when the desk no longer lists them (revoked, renamed).
  const options = [...(people?.people ?? [])];
  if (current && !options.some((person) => person.id === current.id))
    options.push({ ...current, role: null });
  return (
    <div className="assignee-control">
      <label className="field-label" htmlFor={id}>
        {t('handoff.assignee')}
      </label>
      <select
        id={id}
        value={current?.id ?? ''}
        disabled={!assignment || assign.isPending}
        onChange={(event) => {
          const person = options.find((candidate) => candidate.id === event.target.value);
          assign.mutate({
            id: articleId,
            assignee: person ? { id: person.id, name: person.name } : null,
          });
        }}
      >
        <option value="">{t('handoff.nobody')}</option>
        {options.map((person) => (
          <option key={person.id} value={person.id}>
            {personLabel(t, person)}
          </option>
        ))}
      </select>
      {assign.error && (
        <p className="field-problem" role="alert">
          {t('handoff.failed', { message: errorMessage(assign.error) })}
        </p>
      )}
      {assignment && assignment.history.length > 0 && (
        <details className="assignee-history">
          <summary>{t('handoff.history')}</summary>
          <ul>
            {assignment.history.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
                {entry.assignee
                  ? t('handoff.assigned', {
                      time: when(entry.at),
                      person: entry.assignee.name,
                      by: entry.by,
                    })
                  : t('handoff.unassigned', { time: when(entry.at), by: entry.by })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
