import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';
import { defaultLengthGuides, saveLengthGuides, useLengthGuides } from './useLengthGuides';

interface SettingsDialogProps {
  onClose: () => void;
}

/** The desk's length guides for headline and lede (the interface language is in the header). */
export function SettingsDialog({ onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const guides = useLengthGuides();
  const [headline, setHeadline] = useState(String(guides.headline));
  const [lede, setLede] = useState(String(guides.lede));
  const parse = (value: string, fallback: number): number => {
    const number = Number(value);
    return Number.isInteger(number) && number > 0 && number <= 10_000 ? number : fallback;
  };

  return (
    <Dialog title={t('settings.title')} onClose={onClose}>
      <label className="filter-field">
        <span>{t('settings.headlineGuide')}</span>
        <input
          type="number"
          min={1}
          value={headline}
          onChange={(event) => setHeadline(event.target.value)}
        />
      </label>
      <label className="filter-field">
        <span>{t('settings.ledeGuide')}</span>
        <input
          type="number"
          min={1}
          value={lede}
          onChange={(event) => setLede(event.target.value)}
        />
      </label>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            saveLengthGuides({
              headline: parse(headline, defaultLengthGuides.headline),
              lede: parse(lede, defaultLengthGuides.lede),
            });
            onClose();
          }}
        >
          {t('settings.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('meta.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
