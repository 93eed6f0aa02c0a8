import type { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createDocumentExtensions } from '../../shared/editor/documentExtensions';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { articleDocumentKeys } from '../../shared/desk/articleDocument';

const articleBodyField = articleDocumentKeys.body;
import { EditorShortcuts, type EditorShortcutOptions } from './editorShortcuts';
import { FindReplaceExtension } from './findReplace/findReplaceExtension';
import { PasteCleanup } from './pasteCleanup';
import { useApiClient } from '../api/ApiClientContext';
import { spellingCacheFor } from '../spelling/SpellingCache';
import { SpellCheck } from '../spelling/spellCheckExtension';
import { PresenceCarets } from './collab/presenceCarets';
import { CaretBlock } from './caretBlock';
import { TypingEventsStayInEditor } from './typingEventsStayInEditor';
import { ReactSkipsEditingHost } from './reactSkipsEditingHost';

interface BodyEditorProps {
  initialBody: TiptapNode;
  /** The article's Yjs document when the library is joined to a desk: the body is its fragment. */
  collaboration?: Y.Doc | undefined;
  /** Who else is in the article (with `collaboration`): their carets are drawn in the body. */
  awareness?: Awareness | undefined;
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
export const BodyEditor = memo(function BodyEditor({
  initialBody,
  collaboration,
  awareness,
  onChange,
  onReady,
  actions,
}: BodyEditorProps) {
  const { t } = useTranslation();
  const spelling = spellingCacheFor(useApiClient());
  const extensions = useMemo(
    () => [
      ...createDocumentExtensions({ collaborative: Boolean(collaboration) }),
      ...(collaboration
        ? [Collaboration.configure({ document: collaboration, field: articleBodyField })]
        : []),
      ...(collaboration && awareness ? [PresenceCarets.configure({ awareness })] : []),
      EditorShortcuts.configure({
        onLink: () => actions.current.onLink(),
        onTypography: () => actions.current.onTypography(),
        onFind: () => actions.current.onFind(),
        onSaveVersion: () => actions.current.onSaveVersion(),
        onComment: () => actions.current.onComment(),
        onUndo: () => actions.current.onUndo(),
      }),
      FindReplaceExtension,
      PasteCleanup,
      SpellCheck.configure({ cache: spelling }),
      CaretBlock,
      TypingEventsStayInEditor,
      ReactSkipsEditingHost,
    ],
    [actions, collaboration, awareness, spelling],
  );
  const editor = useEditor({
    extensions,
    // With a Yjs document the content is the document's: setting it too would add it twice.
    ...(collaboration ? {} : { content: initialBody }),
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
});
