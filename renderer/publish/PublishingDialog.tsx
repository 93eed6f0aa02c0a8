import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItemView } from '../../shared/api/publishSchemas';
import { errorMessage } from '../api/ApiCallError';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { Dialog } from '../dialog/Dialog';
import { CorrectionForm } from './CorrectionForm';
import { PublishTargets } from './PublishTargets';
import './publish.css';
import { useDateFormat } from '../i18n/useDateFormat';

interface PublishingDialogProps {
  onClose: () => void;
  onOpenArticle: (id: string) => void;
}

/** How often the queue is re-read while the dialog is open: deliveries happen in the background. */
const queueRefreshMs = 1_000;

/**
 * Publishing to the website: the targets (WordPress, an HTTP receiver, a folder), publishing the
 * ready articles to one, and the queue — pending, delivered with the live address (Unpublish,
 * Correction…), failed with the site's reason and Retry, held back by the quote check — with
 * Cancel where an item has not gone out.
 */
export function PublishingDialog({ onClose, onOpenArticle }: PublishingDialogProps) {
  const { t } = useTranslation();
  const when = useDateFormat().dateTime;
  const queryClient = useQueryClient();
  const targets = useApiQuery('publish:targets', {}).data?.targets ?? [];
  const outbox = useApiQuery('publish:outbox', {}, { refetchInterval: queueRefreshMs });
  const setOutbox = (next: { items: OutboxItemView[] }) =>
    queryClient.setQueryData(queryKeys.call('publish:outbox', {}), next);
  const [correcting, setCorrecting] = useState<OutboxItemView | null>(null);
  const [chosen, setChosen] = useState('');
  const target = chosen || targets[0]?.name || '';
  const refreshQueue = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.channel('publish:outbox') });
  const queue = useApiMutation('publish:queue', { onSuccess: refreshQueue });
  // Unpublishing and corrections act on one delivered article.
  const followUp = useApiMutation('publish:queue', {
    onSuccess: () => {
      setCorrecting(null);
      refreshQueue();
    },
  });
  // The newest item of each article and target: only a live one can be unpublished or corrected.
  const newest = new Map<string, number>();
  for (const item of outbox.data?.items ?? [])
    if (!newest.has(`${item.target}\n${item.articleId}`))
      newest.set(`${item.target}\n${item.articleId}`, item.id);
  const isLive = (item: OutboxItemView): boolean =>
    item.action === 'publish' &&
    item.state === 'delivered' &&
    newest.get(`${item.target}\n${item.articleId}`) === item.id;
  const retry = useApiMutation('publish:retry', { onSuccess: setOutbox });
  const cancel = useApiMutation('publish:cancel', { onSuccess: setOutbox });

  return (
    <Dialog title={t('publishing.title')} onClose={onClose} className="publishing-dialog">
      <section aria-labelledby="publishing-targets">
        <h3 id="publishing-targets">{t('publishing.targets')}</h3>
        <PublishTargets />
      </section>

      <section aria-labelledby="publishing-queue">
        <h3 id="publishing-queue">{t('publishing.queue')}</h3>
        {/* With no target yet there is nothing to choose: an empty select and a dead button. */}
        {targets.length > 0 && (
          <div className="publishing-send">
            <label className="filter-field">
              <span>{t('publishing.target')}</span>
              <select value={target} onChange={(event) => setChosen(event.target.value)}>
                {targets.map((item) => (
                  <option key={item.name} value={item.name}>
                    {item.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="primary"
              disabled={!target || queue.isPending}
              onClick={() =>
                queue.mutate({ target, selection: { status: 'ready' }, action: 'publish' })
              }
            >
              {t('publishing.publishReady')}
            </button>
          </div>
        )}
        {queue.data && (
          <p role="status">
            {t('publishing.queued', { count: queue.data.queued })}{' '}
            {queue.data.blocked.length > 0 &&
              t('publishing.blockedCount', { count: queue.data.blocked.length })}
          </p>
        )}
        {queue.error && <p role="alert">{errorMessage(queue.error)}</p>}
        {(outbox.data?.items.length ?? 0) === 0 ? (
          <p className="publishing-hint">{t('publishing.empty')}</p>
        ) : (
          <table className="publishing-table">
            <thead>
              <tr>
                <th scope="col">{t('publishing.article')}</th>
                <th scope="col">{t('publishing.target')}</th>
                <th scope="col">{t('publishing.state')}</th>
                <th scope="col">{t('publishing.details')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('publishing.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {outbox.data?.items.map((item) => (
                <tr key={item.id} data-state={item.state}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        onOpenArticle(item.articleId);
                        onClose();
                      }}
                    >
                      {item.headline || t('library.untitled')}
                    </button>
                  </td>
                  <td>{item.target}</td>
                  <td>
                    {item.action === 'takedown'
                      ? t(`publishing.takedownStates.${item.state}`)
                      : t(`publishing.states.${item.state}`)}
                  </td>
                  <td>
                    {item.state === 'delivered' && item.remoteUrl ? (
                      <a href={item.remoteUrl} target="_blank" rel="noreferrer noopener">
                        {item.remoteUrl}
                      </a>
                    ) : item.state === 'blocked' ? (
                      t('publishing.blockedReason')
                    ) : item.lastError ? (
                      t('publishing.siteSaid', { reason: item.lastError })
                    ) : item.state === 'pending' && item.attempts > 0 ? (
                      t('publishing.nextAttempt', { time: when(item.nextAttemptAt) })
                    ) : null}
                  </td>
                  <td>
                    {isLive(item) && (
                      <>
                        <button
                          type="button"
                          disabled={followUp.isPending}
                          onClick={() =>
                            followUp.mutate({
                              target: item.target,
                              selection: { ids: [item.articleId] },
                              action: 'takedown',
                            })
                          }
                        >
                          {t('publishing.unpublish')}
                        </button>{' '}
                        <button type="button" onClick={() => setCorrecting(item)}>
                          {t('publishing.correct')}
                        </button>
                      </>
                    )}
                    {(item.state === 'failed' || item.state === 'pending') && (
                      <button type="button" onClick={() => retry.mutate({ id: item.id })}>
                        {t('publishing.retry')}
                      </button>
                    )}{' '}
                    {(item.state === 'failed' ||
                      item.state === 'pending' ||
                      item.state === 'blocked') && (
                      <button type="button" onClick={() => cancel.mutate({ id: item.id })}>
                        {t('publishing.cancel')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {correcting && (
          <CorrectionForm
            headline={correcting.headline || t('library.untitled')}
            busy={followUp.isPending}
            onCancel={() => setCorrecting(null)}
            onSend={(text) =>
              followUp.mutate({
                target: correcting.target,
                selection: { ids: [correcting.articleId] },
                action: 'publish',
                correction: text,
              })
            }
          />
        )}
        {followUp.error && <p role="alert">{errorMessage(followUp.error)}</p>}
      </section>
      {/* Every other dialog has a visible way out; Escape alone is not one for everyone. */}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('publishing.close')}
        </button>
      </div>
    </Dialog>
  );
}
