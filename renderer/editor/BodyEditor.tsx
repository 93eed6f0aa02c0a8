import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createDocumentExtensions } from '../../shared/editor/documentExtensions';
import type { TiptapNode } from '../../shared/editor/tiptapJson';

interface BodyEditorProps {
  initialBody: TiptapNode;
  onChange: () => void;
  onReady: (editor: Editor | null) => void;
}

/** The Tiptap body editor, built from the same extension list the exporter uses. */
export function BodyEditor({ initialBody, onChange, onReady }: BodyEditorProps) {
  const { t } = useTranslation();
  const extensions = useMemo(() => createDocumentExtensions(), []);
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
