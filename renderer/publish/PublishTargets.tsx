import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishTargetProblem } from '../../shared/api/publishSchemas';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { PublishTargetForm } from './PublishTargetForm';
import './publish.css';

/**
 * The places this library publishes to, with Test and Remove, and the form for a new one:
 * in Settings → Publishing and at the top of the Publishing dialog.
 */
export function PublishTargets() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const targets = useApiQuery('publish:targets', {}).data?.targets ?? [];
  const [problem, setProblem] = useState<PublishTargetProblem | null>(null);
  const [testResult, setTestResult] = useState<string | null>(null);
  const setTargets = (next: { targets: unknown }) =>
    queryClient.setQueryData(queryKeys.call('publish:targets', {}), { targets: next.targets });
  const add = useApiMutation('publish:addTarget', {
    onSuccess: (result) => {
      setTargets(result);
      setProblem(result.problem);
      setTestResult(null);
    },
  });
  const remove = useApiMutation('publish:removeTarget', {
    onSuccess: (result) => {
      setTargets(result);
      setTestResult(null);
    },
  });
  const test = useApiMutation('publish:testTarget', {
    onSuccess: (result, { name }) =>
      setTestResult(
        result.ok
          ? t('publishing.testOk', { name })
          : t('publishing.testFailed', { name, reason: result.reason ?? '' }),
      ),
  });

  return (
    <>
      {targets.length === 0 && <p className="publishing-hint">{t('publishing.noTargets')}</p>}
      <ul className="publishing-targets">
        {targets.map((item) => (
          <li key={item.name}>
            <strong>{item.name}</strong>{' '}
            <span className="publishing-hint">{t(`publishing.kinds.${item.kind}`)}</span>{' '}
            <span className="publishing-url">
              {item.user ? `${item.user} @ ${item.url}` : item.url}
            </span>{' '}
            {item.kind !== 'folder' && (
              <span className="publishing-hint">
                {item.hasSecret ? t('publishing.secretSet') : t('publishing.secretNone')}
              </span>
            )}{' '}
            <button type="button" onClick={() => test.mutate({ name: item.name })}>
              {t('publishing.test')}
            </button>{' '}
            <button type="button" onClick={() => remove.mutate({ name: item.name })}>
              {t('publishing.remove')}
            </button>
          </li>
        ))}
      </ul>
      {testResult && <p role="status">{testResult}</p>}
      <PublishTargetForm
        busy={add.isPending}
        problem={problem}
        onAdd={(target, done) =>
          add.mutate(target, { onSuccess: (result) => !result.problem && done() })
        }
      />
    </>
  );
}
