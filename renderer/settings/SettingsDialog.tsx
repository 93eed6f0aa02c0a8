import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';
import { DialogActions } from '../dialog/DialogActions';
import { PublishTargets } from '../publish/PublishTargets';
import { DeskSettings } from './DeskSettings';
import { PersonSettings } from './PersonSettings';
import { SpellingSettings } from './SpellingSettings';
import { TermSettings } from './TermSettings';
import {
  defaultLengthGuides,
  saveLengthGuides,
  useLengthGuides,
  type LengthGuides,
} from './useLengthGuides';

interface SettingsDialogProps {
  onClose: () => void;
}

const guideLabels = {
  headline: 'settings.headlineGuide',
  lede: 'settings.ledeGuide',
} as const satisfies Record<keyof LengthGuides, string>;

/**
 * The name changes are credited to, the desk's length guides for headline and lede, the desk this library syncs with and the
 * places it publishes to (the interface language is in the header).
 */
export function SettingsDialog({ onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const guides = useLengthGuides();
  const [values, setValues] = useState<Record<keyof LengthGuides, string>>({
    headline: String(guides.headline),
    lede: String(guides.lede),
  });
  const parse = (value: string, fallback: number): number => {
    const number = Number(value);
    return Number.isInteger(number) && number > 0 && number <= 10_000 ? number : fallback;
  };

  return (
    <Dialog title={t('settings.title')} onClose={onClose}>
      <PersonSettings />
      {(['headline', 'lede'] as const).map((field) => (
        <label key={field} className="filter-field">
          <span>{t(guideLabels[field])}</span>
          <input
            type="number"
            min={1}
            value={values[field]}
            onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          />
        </label>
      ))}
      <SpellingSettings />
      <TermSettings />
      <DeskSettings />
      <fieldset className="desk-settings" aria-labelledby="settings-publishing">
        <legend id="settings-publishing">{t('settings.publishing')}</legend>
        <PublishTargets />
      </fieldset>
      <DialogActions
        primaryLabel={t('settings.save')}
        onPrimary={() => {
          saveLengthGuides({
            headline: parse(values.headline, defaultLengthGuides.headline),
            lede: parse(values.lede, defaultLengthGuides.lede),
          });
          onClose();
        }}
        onCancel={onClose}
      />
    </Dialog>
  );
}
