import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { MyQueueDialog } from './MyQueueDialog';

interface MyQueueButtonProps {
  onOpen: (id: string) => void;
}

/**
 * The library header's way into My queue, with what waits on it: the badge counts articles
 * assigned to me and mentions of me (things to act on); open quotes are counted inside.
 */
export function MyQueueButton({ onOpen }: MyQueueButtonProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const queue = useApiQuery('queue:get', {}).data;
  const people = useApiQuery('people:list', {}).data;
  const counts = queue?.counts;
  const waiting = counts ? counts.assigned + counts.mentions : 0;
  return (
    <>
      <button
        type="button"
        className="my-queue-button"
        aria-haspopup="dialog"
        title={counts ? t('queue.countLabel', counts) : undefined}
        onClick={() => setIsOpen(true)}
      >
        {t('queue.button')}
        {counts && (
          <span className="count" data-testid="queue-count">
            {waiting}
          </span>
        )}
      </button>
      {isOpen && queue && (
        <MyQueueDialog
          queue={queue}
          isAlone={people?.source === 'local'}
          onOpen={onOpen}
          onClose={() => setIsOpen(false)}
        />
      )}
    </>
  );
}
