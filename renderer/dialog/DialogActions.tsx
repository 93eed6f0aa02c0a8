import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  /** The dialog's main action. */
  primaryLabel: string;
  onPrimary: () => void;
  isPrimaryDisabled?: boolean;
  /** Closes the dialog without acting. */
  onCancel: () => void;
  /** Further actions, between the main one and Cancel. */
  children?: ReactNode;
}

/** A form dialog's row of buttons: its main action first, Cancel last. */
export function DialogActions({
  primaryLabel,
  onPrimary,
  isPrimaryDisabled = false,
  onCancel,
  children,
}: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" className="primary" disabled={isPrimaryDisabled} onClick={onPrimary}>
        {primaryLabel}
      </button>
      {children}
      <button type="button" onClick={onCancel}>
        {t('meta.cancel')}
      </button>
    </div>
  );
}
