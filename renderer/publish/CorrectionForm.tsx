import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CorrectionFormProps {
  headline: string;
  busy: boolean;
  onSend: (text: string) => void;
  onCancel: () => void;
}

/**
 * "Republish with a correction": the note a reader sees at the end of the article (dated,
 * in the article's language), sent as an update of the page already on the site.
 */
export function CorrectionForm({ headline, busy, onSend, onCancel }: CorrectionFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="publishing-correction"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSend(text.trim());
      }}
    >
      <label className="filter-field">
        <span>{t('publishing.correctionFor', { headline })}</span>
        <textarea
          name="correction"
          rows={3}
          maxLength={2000}
          value={text}
          placeholder={t('publishing.correctionPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          autoFocus
          required
        />
      </label>
      <div className="publishing-correction-actions">
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          {t('publishing.republish')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('publishing.cancel')}
        </button>
      </div>
    </form>
  );
}
