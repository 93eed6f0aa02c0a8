import { useTranslation } from 'react-i18next';
import type { Recovery } from './journalRecovery';
import { useDateFormat } from '../i18n/useDateFormat';

interface RecoveryBannerProps {
  recovery: Recovery;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offers back edits this browser kept that the server never acknowledged (a crash, a lost connection). */
export function RecoveryBanner({ recovery, onRestore, onDiscard }: RecoveryBannerProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <div className="recovery-banner" role="alertdialog" aria-label={t('recovery.title')}>
      <p>
        {t(recovery.bodyMoved ? 'recovery.messageMoved' : 'recovery.message', {
          time: formatDate.dateTime(recovery.at),
        })}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onRestore}>
          {t('recovery.restore')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('recovery.discard')}
        </button>
      </div>
    </div>
  );
}
