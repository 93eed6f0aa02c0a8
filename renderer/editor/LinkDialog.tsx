import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLinkUrl } from '../../shared/editor/documentExtensions';
import { Dialog } from '../dialog/Dialog';
import { DialogActions } from '../dialog/DialogActions';

interface LinkDialogProps {
  editor: Editor;
  onClose: () => void;
}

/** Add, change or remove the link on the selection; only http, https and mailto are accepted. */
export function LinkDialog({ editor, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const current = (editor.getAttributes('link') as { href?: string }).href ?? '';
  const [href, setHref] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  const apply = (): void => {
    const value = href.trim();
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value)
      ? value
      : /^[^\s@]+@[^\s@]+$/.test(value)
        ? `mailto:${value}`
        : `https://${value}`;
    if (!value || !isAllowedLinkUrl(withScheme)) {
      setProblem(t('link.refused'));
      return;
    }
    // Tiptap's `focus()` lands on the next frame, after the dialog has closed and let go of it.
    editor.chain().focus().extendMarkRange('link').setLink({ href: withScheme }).run();
    onClose();
  };

  return (
    <Dialog title={t('link.title')} onClose={onClose}>
      <label className="field-label" htmlFor={inputId}>
        {t('link.address')}
      </label>
      <input
        id={inputId}
        value={href}
        data-autofocus
        placeholder="https://"
        aria-invalid={problem ? 'true' : 'false'}
        onChange={(event) => {
          setHref(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          }
        }}
      />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <DialogActions primaryLabel={t('link.apply')} onPrimary={apply} onCancel={onClose}>
        {current && (
          <button
            type="button"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onClose();
            }}
          >
            {t('link.remove')}
          </button>
        )}
      </DialogActions>
    </Dialog>
  );
}
