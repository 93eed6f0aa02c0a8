import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryIntegrity } from '../../shared/api/libraryIntegritySchema';
import { useApiClient } from '../api/ApiClientContext';

const pollMs = 2000;

/**
 * The library's integrity check runs in the background on open: a quiet note while it runs,
 * nothing once it passes, and a standing alert (the library is read-only, restore the latest
 * backup) if it finds damage.
 */
export function IntegrityBanner() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [integrity, setIntegrity] = useState<LibraryIntegrity | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      const result = await client.call('app:info', {});
      if (cancelled) return;
      if (result.ok) setIntegrity(result.value.integrity);
      if (!result.ok || result.value.integrity.state === 'checking')
        timer = setTimeout(() => void poll(), pollMs);
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client]);

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
