import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDateFormat } from '../i18n/useDateFormat';

interface DeskNoticesProps {
  onOpen: (id: string) => void;
}

/**
 * What the desk did that the person should know: an article deleted elsewhere while they edited
 * it here (kept, with their edits), or one they deleted that came back. Shown until dismissed.
 */
export function DeskNotices({ onOpen }: DeskNoticesProps) {
  const { t } = useTranslation();
  const when = useDateFormat().dateTime;
  const queryClient = useQueryClient();
  const status = useApiQuery('desk:status', {});
  const dismiss = useApiMutation('desk:dismissNotice', {
    onSuccess: (next) => queryClient.setQueryData(queryKeys.call('desk:status', {}), next),
  });
  const notices = status.data?.joined ? status.data.notices : [];
  if (notices.length === 0) return null;
  return (
    <ul className="desk-notices" aria-label={t('desk.noticesLabel')}>
      {notices.map((notice) => (
        <li key={notice.id} className="desk-notice" role="status">
          <span>
            {t(`desk.notice.${notice.kind}`, {
              headline: notice.headline || t('library.untitled'),
              person: notice.person,
              time: when(notice.at),
            })}
          </span>{' '}
          <button type="button" onClick={() => onOpen(notice.articleId)}>
            {t('desk.openArticle')}
          </button>{' '}
          <button type="button" onClick={() => dismiss.mutate({ id: notice.id })}>
            {t('desk.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}
