import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskProblem } from '../../shared/desk/deskStatusSchema';
import { errorMessage } from '../api/ApiCallError';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { queryKeys } from '../api/queryKeys';
import './settings.css';
import { useDateFormat } from '../i18n/useDateFormat';

/** How often the section re-reads the connection while it is open. */
const statusRefreshMs = 2_000;

/**
 * Settings → Desk: join a desk with its address and a personal token, see the connection,
 * when this library was last fully synced and how many articles still wait to go up, leave.
 */
export function DeskSettings() {
  const { t } = useTranslation();
  const when = useDateFormat().dateTime;
  const queryClient = useQueryClient();
  const status = useApiQuery('desk:status', {}, { refetchInterval: statusRefreshMs });
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<DeskProblem | null>(null);
  const refresh = (): void => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.channel('desk:status') });
    // The editor binds the body to the desk's document only while joined: it reopens.
    void queryClient.invalidateQueries({ queryKey: queryKeys.channel('articles:get') });
    // Joined or left, "me" (and the name changes are recorded under) and the people to hand articles to are another desk's (or nobody's).
    for (const channel of [
      'people:list',
      'queue:get',
      'notifications:list',
      'identity:get',
    ] as const)
      void queryClient.invalidateQueries({ queryKey: queryKeys.channel(channel) });
  };
  const join = useApiMutation('desk:join', {
    onSuccess: (result) => {
      setProblem(result.problem);
      if (!result.problem) {
        setToken('');
        refresh();
      }
    },
  });
  const leave = useApiMutation('desk:leave', { onSuccess: refresh });
  const desk = status.data;

  return (
    <fieldset className="desk-settings" aria-labelledby="desk-settings-title">
      <legend id="desk-settings-title">{t('desk.title')}</legend>
      {desk?.joined ? (
        <>
          <dl className="desk-status" data-testid="desk-status" data-state={desk.state}>
            <dt>{t('desk.address')}</dt>
            <dd>{desk.url}</dd>
            <dt>{t('desk.connection')}</dt>
            <dd>
              {t(`desk.state.${desk.state}`)}
              {desk.problem && ` — ${t(`desk.problem.${desk.problem}`)}`}
            </dd>
            <dt>{t('desk.lastSync')}</dt>
            <dd>{desk.lastSyncAt ? when(desk.lastSyncAt) : t('desk.never')}</dd>
            <dt>{t('desk.pendingLabel')}</dt>
            <dd data-testid="desk-pending">{t('desk.pending', { count: desk.pending })}</dd>
          </dl>
          <button type="button" onClick={() => leave.mutate({})} disabled={leave.isPending}>
            {t('desk.leave')}
          </button>
        </>
      ) : (
        <form
          className="desk-join"
          onSubmit={(event) => {
            event.preventDefault();
            join.mutate({ url, token });
          }}
        >
          <p className="desk-hint">{t('desk.hint')}</p>
          <label className="filter-field">
            <span>{t('desk.address')}</span>
            <input
              name="desk-url"
              value={url}
              placeholder="ws://desk.example:1234"
              onChange={(event) => setUrl(event.target.value)}
              required
            />
          </label>
          <label className="filter-field">
            <span>{t('desk.token')}</span>
            <input
              name="desk-token"
              type="password"
              autoComplete="off"
              value={token}
              onChange={(event) => setToken(event.target.value)}
              required
            />
          </label>
          <button type="submit" disabled={join.isPending}>
            {join.isPending ? t('desk.joining') : t('desk.join')}
          </button>
          {problem && (
            <p className="desk-problem" role="alert">
              {t(`desk.problem.${problem}`)}
            </p>
          )}
          {join.error && (
            <p className="desk-problem" role="alert">
              {errorMessage(join.error)}
            </p>
          )}
        </form>
      )}
    </fieldset>
  );
}
