import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState, SaveStateStore } from './saveStateStore';

interface SaveIndicatorProps {
  /** The autosave's state. */
  store: SaveStateStore;
  /** Shown instead of the store's while it is not 'saved' (the desk's state). */
  override: SaveState;
  onRetry: () => void;
}

/**
 * Saved / saving / failed, announced politely to screen readers. Saving and saved, which take
 * turns at every save while the person types, are written into the element from the store
 * rather than rendered: before a React commit while the body has the focus, React counts the
 * characters of every text node in the body to save its selection, the whole article, and the
 * indicator alone committed twice a save. A failure or a conflict, with its button, renders.
 */
export function SaveIndicator({ store, override, onRetry }: SaveIndicatorProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const words = useRef<HTMLSpanElement>(null);
  // Renders for a failure or a conflict (and when one ends), never for saving and saved.
  const actionable = useSyncExternalStore(store.subscribe, () => withButton(store.get()));
  const shown = override.kind !== 'saved' ? override : actionable;

  useLayoutEffect(() => {
    const paint = (): void => {
      const state = override.kind !== 'saved' ? override : store.get();
      if (!element.current || !words.current) return;
      element.current.className = `save-indicator save-${state.kind}`;
      element.current.dataset['state'] = state.kind;
      const text =
        state.kind === 'saved' ? t('save.saved') : state.kind === 'saving' ? t('save.saving') : '';
      if (words.current.textContent !== text) words.current.textContent = text;
    };
    paint();
    return store.subscribe(paint);
  }, [store, override, t, actionable]);

  return (
    <div ref={element} role="status" aria-live="polite" data-testid="save-indicator">
      <span ref={words} />
      {shown?.kind === 'failed' && (
        <>
          <span>{t('save.failed', { message: shown.message })}</span>{' '}
          <button type="button" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </>
      )}
      {shown?.kind === 'conflict' && (
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

/** The state when it shows a button, else null (one snapshot for saving and saved). */
function withButton(state: SaveState): SaveState | null {
  return state.kind === 'failed' || state.kind === 'conflict' ? state : null;
}
