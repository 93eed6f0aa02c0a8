import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDateFormat } from '../i18n/useDateFormat';
import './queue.css';

interface AssignmentNotificationsProps {
  onOpen: (id: string) => void;
}

/**
 * Articles someone else handed to me, shown until I mark them seen. They are kept in the
 * library, so one that arrived while the app was closed or offline is here on the next start;
 * while joined, a new one shows when the desk's change counter moves (`useDeskChanges`).
 */
export function AssignmentNotifications({ onOpen }: AssignmentNotificationsProps) {
  const { t } = useTranslation();
  const when = useDateFormat().dateTime;
  const queryClient = useQueryClient();
  const notifications = useApiQuery('notifications:list', {}).data?.notifications ?? [];
  const markSeen = useApiMutation('notifications:markSeen', {
    onSuccess: (next) => queryClient.setQueryData(queryKeys.call('notifications:list', {}), next),
  });
  if (notifications.length === 0) return null;
  return (
    <ul className="assignment-notifications" aria-label={t('notifications.label')}>
      {notifications.map((notification) => (
        <li key={notification.id} className="assignment-notification" role="status">
          <span>
            {t('notifications.assigned', {
              by: notification.by,
              headline: notification.headline || t('library.untitled'),
              time: when(notification.at),
            })}
          </span>{' '}
          <button
            type="button"
            onClick={() => {
              onOpen(notification.articleId);
              markSeen.mutate({ ids: [notification.id] });
            }}
          >
            {t('notifications.open')}
          </button>{' '}
          <button type="button" onClick={() => markSeen.mutate({ ids: [notification.id] })}>
            {t('notifications.seen')}
          </button>
        </li>
      ))}
    </ul>
  );
}
