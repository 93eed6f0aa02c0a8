import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createDocumentExtensions } from '../../shared/editor/documentExtensions';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { EditorShortcuts, type EditorShortcutOptions } from './editorShortcuts';
import { FindReplaceExtension } from './findReplace/findReplaceExtension';
import { PasteCleanup } from './pasteCleanup';

interface BodyEditorProps {
  initialBody: TiptapNode;
  onChange: () => void;
  onReady: (editor: Editor | null) => void;
  /** The shortcut handlers, read when a shortcut fires (so the editor is built once). */
  actions: RefObject<EditorShortcutOptions>;
}

/**
 * The Tiptap body editor, built from `createDocumentExtensions()`: the list that defines the
 * document schema. The HTML importer and the exporter do not run these extensions; they
 * walk JSON with tables keyed by the schema's node and mark names (`documentNames.ts`), and
 * `test/unit/documentSchemaCoverage.test.ts` checks that nothing is lost between them.
 */
export function BodyEditor({ initialBody, onChange, onReady, actions }: BodyEditorProps) {
  const { t } = useTranslation();
  const extensions = useMemo(
    () => [
      ...createDocumentExtensions(),
      EditorShortcuts.configure({
        onLink: () => actions.current.onLink(),
        onTypography: () => actions.current.onTypography(),
        onFind: () => actions.current.onFind(),
        onSaveVersion: () => actions.current.onSaveVersion(),
      }),
      FindReplaceExtension,
      PasteCleanup,
    ],
    [actions],
  );
  const editor = useEditor({
    extensions,
    content: initialBody,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'body-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('editor.body'),
        'data-testid': 'body-editor',
      },
    },
    onUpdate: () => onChange(),
  });

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  return <EditorContent editor={editor} className="body-editor-frame" />;
}
