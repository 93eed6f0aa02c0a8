import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personNameMaxLength } from '../../shared/api/identitySchemas';
import { errorMessage } from '../api/ApiCallError';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import './settings.css';

/**
 * Settings → Your name: the name history, checks and comments credit this workstation's
 * changes to. Until one is given the computer's user name stands in, and the section says so.
 */
export function PersonSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const identity = useApiQuery('identity:get', {});
  const [draft, setDraft] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const save = useApiMutation('identity:set', {
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.call('identity:get', {}), result);
      setDraft(null);
      setIsSaved(true);
      // "Me" in hand-offs and My queue is this name while no desk gives one.
      for (const channel of ['people:list', 'queue:get', 'comments:people'] as const)
        void queryClient.invalidateQueries({ queryKey: queryKeys.channel(channel) });
    },
  });
  const current = identity.data;
  const value = draft ?? current?.name ?? '';

  return (
    <fieldset className="desk-settings" aria-labelledby="person-settings-title">
      <legend id="person-settings-title">{t('identity.title')}</legend>
      {current?.source === 'login' && (
        <p className="settings-note identity-login" data-testid="identity-source">
          {t('identity.usingLogin', { login: current.loginName })}
        </p>
      )}
      {current?.source === 'settings' && (
        <p className="settings-note" data-testid="identity-source">
          {t('identity.usingName', { name: current.actor })}
        </p>
      )}
      {current?.source === 'desk' && (
        <p className="settings-note" data-testid="identity-source">
          {t('identity.usingDesk', { name: current.actor })}
        </p>
      )}
      <form
        className="person-name-form"
        onSubmit={(event) => {
          event.preventDefault();
          setIsSaved(false);
          save.mutate({ name: value });
        }}
      >
        <label className="filter-field">
          <span>{t('identity.name')}</span>
          <input
            name="person-name"
            value={value}
            maxLength={personNameMaxLength}
            placeholder={current?.loginName ?? ''}
            autoComplete="name"
            onChange={(event) => {
              setDraft(event.target.value);
              setIsSaved(false);
            }}
          />
        </label>
        <button type="submit" disabled={save.isPending || draft === null}>
          {t('identity.save')}
        </button>
      </form>
      <p className="settings-note">{t('identity.hint')}</p>
      {isSaved && current && (
        <p className="settings-note" role="status">
          {t('identity.saved', { name: current.actor })}
        </p>
      )}
      {save.error && (
        <p className="desk-problem" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
    </fieldset>
  );
}
