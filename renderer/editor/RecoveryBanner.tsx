import { useTranslation } from 'react-i18next';
import type { JournalEntry } from './editJournal';
import { useDateFormat } from '../i18n/useDateFormat';

interface RecoveryBannerProps {
  entry: JournalEntry;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offers back edits this browser kept that the server never acknowledged (a crash, a lost connection). */
export function RecoveryBanner({ entry, onRestore, onDiscard }: RecoveryBannerProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <div className="recovery-banner" role="alertdialog" aria-label={t('recovery.title')}>
      <p>{t('recovery.message', { time: formatDate.dateTime(entry.at) })}</p>
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
