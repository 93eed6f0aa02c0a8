import type { Editor } from '@tiptap/core';
import { describeApiError } from '../api/describeApiError';
import { NodeSelection } from '@tiptap/pm/state';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureAttributes } from '../../shared/editor/extensions/Figure';
import { useApiClient } from '../api/ApiClientContext';
import { encodeBase64 } from '../api/encodeBase64';
import { Dialog } from '../dialog/Dialog';
import { DialogActions } from '../dialog/DialogActions';

interface FigureDialogProps {
  editor: Editor;
  onClose: () => void;
}

/** The selected figure's attributes, when a figure is selected. */
export function selectedFigure(editor: Editor): FigureAttributes | null {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === 'figure'
    ? (selection.node.attrs as FigureAttributes)
    : null;
}

/** Inserts a figure (the image is stored in the library) or edits the selected one's words. */
export function FigureDialog({ editor, onClose }: FigureDialogProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const existing = selectedFigure(editor);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState(existing?.alt ?? '');
  const [caption, setCaption] = useState(existing?.caption ?? '');
  const [credit, setCredit] = useState(existing?.credit ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const ids = {
    file: useId(),
    fileLabel: useId(),
    fileName: useId(),
    alt: useId(),
    caption: useId(),
    credit: useId(),
  };
  const fileInput = useRef<HTMLInputElement>(null);

  const apply = async (): Promise<void> => {
    if (!existing && !file) {
      setProblem(t('figure.needImage'));
      return;
    }
    if (!alt.trim()) {
      setProblem(t('figure.needAlt'));
      return;
    }
    setIsBusy(true);
    let imageId = existing?.imageId ?? '';
    if (file) {
      const uploaded = await client.call('images:upload', {
        fileName: file.name,
        dataBase64: encodeBase64(new Uint8Array(await file.arrayBuffer())),
      });
      if (!uploaded.ok) {
        setIsBusy(false);
        setProblem(describeApiError(uploaded.error));
        return;
      }
      imageId = uploaded.value.imageId;
    }
    const attributes = { imageId, alt: alt.trim(), caption: caption.trim(), credit: credit.trim() };
    const chain = editor.chain().focus();
    (existing ? chain.updateFigure(attributes) : chain.insertFigure(attributes)).run();
    onClose();
  };

  return (
    <Dialog title={existing ? t('figure.editTitle') : t('figure.title')} onClose={onClose}>
      <label className="field-label" id={ids.fileLabel} htmlFor={ids.file}>
        {existing ? t('figure.replaceImage') : t('figure.image')}
      </label>
      {/* The browser's own file control speaks the browser's language: a button in ours drives it. */}
      <div className="file-choice">
        <button
          type="button"
          aria-describedby={`${ids.fileLabel} ${ids.fileName}`}
          onClick={() => fileInput.current?.click()}
        >
          {t('figure.chooseFile')}
        </button>
        <span id={ids.fileName} className="file-choice-name">
          {file ? file.name : t('figure.noFile')}
        </span>
      </div>
      <input
        ref={fileInput}
        id={ids.file}
        type="file"
        hidden
        accept="image/jpeg,image/png,image/gif,image/webp"
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
      />
      <label className="field-label" htmlFor={ids.alt}>
        {t('figure.alt')}
      </label>
      <input id={ids.alt} value={alt} onChange={(event) => setAlt(event.target.value)} />
      <label className="field-label" htmlFor={ids.caption}>
        {t('figure.caption')}
      </label>
      <input
        id={ids.caption}
        value={caption}
        onChange={(event) => setCaption(event.target.value)}
      />
      <label className="field-label" htmlFor={ids.credit}>
        {t('figure.credit')}
      </label>
      <input id={ids.credit} value={credit} onChange={(event) => setCredit(event.target.value)} />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <DialogActions
        primaryLabel={existing ? t('figure.update') : t('figure.insert')}
        onPrimary={() => void apply()}
        isPrimaryDisabled={isBusy}
        onCancel={onClose}
      />
    </Dialog>
  );
}
