import { useTranslation } from 'react-i18next';
import type { SaveState } from './useArticleAutosave';

interface SaveIndicatorProps {
  state: SaveState;
  onRetry: () => void;
}

/** Saved / saving / failed, announced politely to screen readers. */
export function SaveIndicator({ state, onRetry }: SaveIndicatorProps) {
  const { t } = useTranslation();
  return (
    <div
      className={`save-indicator save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
      data-state={state.kind}
    >
      {state.kind === 'saved' && t('save.saved')}
      {state.kind === 'saving' && t('save.saving')}
      {state.kind === 'failed' && (
        <>
          <span>{t('save.failed', { message: state.message })}</span>{' '}
          <button type="button" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <span>{t('save.conflict')}</span>{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('save.reload')}
          </button>
        </>
      )}
    </div>
  );
}
