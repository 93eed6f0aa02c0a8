import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** False while the dialog must stay (an export running): Escape then does nothing. */
  canClose?: boolean;
  className?: string;
}

const focusableSelector =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Every modal of the app, on the native `<dialog>` opened with `showModal()`: the page
 * behind is inert, focus moves in (to the element marked `data-autofocus`, else the first
 * field), Tab and Shift+Tab cycle inside, Escape closes, and focus returns to the element
 * that opened it. Mounting it opens it; the parent closes it by unmounting it.
 */
export function Dialog({ title, onClose, children, canClose = true, className }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      // Only give focus back if it is still ours: an action may have moved it on purpose.
      const active = document.activeElement;
      const isFocusInside = !active || active === document.body || dialog.contains(active);
      dialog.close();
      if (isFocusInside && opener?.isConnected) opener.focus();
    };
  }, []);

  const keepTabInside = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab') return;
    const stops = tabStops(event.currentTarget);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !event.currentTarget.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onKeyDown={keepTabInside}
      onCancel={(event) => {
        // The parent decides: it unmounts the dialog, which closes it.
        event.preventDefault();
        if (canClose) onClose();
      }}
      onClose={(event) => {
        // Closed by the browser itself (a second Escape it does not let a page refuse).
        if (!event.currentTarget.open) onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** The elements Tab stops at, in order: enabled, rendered, one radio per group. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return Array.from(dialog.querySelectorAll<HTMLElement>(focusableSelector)).filter((element) => {
    if (element.matches(':disabled') || element.getClientRects().length === 0) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) {
      const group = dialog.querySelectorAll<HTMLInputElement>(
        `input[type="radio"][name="${CSS.escape(element.name)}"]`,
      );
      return !Array.from(group).some((radio) => radio.checked);
    }
    return true;
  });
}
