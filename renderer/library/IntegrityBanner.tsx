import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import './library.css';

const pollMs = 2000;

/**
 * The library's integrity check runs in the background on open: a quiet note while it runs,
 * nothing once it passes, and a standing alert (the library is read-only, restore the latest
 * backup) if it finds damage.
 */
export function IntegrityBanner() {
  const { t } = useTranslation();
  const info = useApiQuery(
    'app:info',
    {},
    {
      // Asked again while the check runs (or the server did not answer), then never.
      refetchInterval: (query) =>
        query.state.error || query.state.data?.integrity.state === 'checking' ? pollMs : false,
    },
  );
  const integrity = info.data?.integrity;

  if (integrity?.state === 'checking') {
    return (
      <p className="integrity-checking" role="status">
        {t('integrity.checking')}
      </p>
    );
  }
  if (integrity?.state === 'damaged') {
    return (
      <div className="integrity-damaged" role="alert">
        <strong>{t('integrity.damagedTitle')}</strong> <span>{t('integrity.damagedHint')}</span>
        <p className="integrity-detail">{integrity.message}</p>
      </div>
    );
  }
  return null;
}
