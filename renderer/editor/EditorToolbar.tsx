import type { Editor } from '@tiptap/core';
import type {} from '@tiptap/starter-kit';
import { memo, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { createActiveFormatsStore, type ActiveFormatCheck } from './activeFormatsStore';
import { formatShortcut, isMacPlatform } from './formatShortcut';

export type ToolbarDialog = 'link' | 'figure' | 'find' | null;

interface EditorToolbarProps {
  editor: Editor;
  onDialog: (dialog: ToolbarDialog) => void;
  onTypography: () => void;
  onComment: () => void;
  /** Undo: the last typograf run as one step, else the body's last step. */
  onUndo: () => void;
}

interface ToolButton {
  key: string;
  shortcut?: string;
  isActive?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const markButtons: ToolButton[] = [
  {
    key: 'bold',
    shortcut: 'Mod+B',
    isActive: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    key: 'italic',
    shortcut: 'Mod+I',
    isActive: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    key: 'underline',
    shortcut: 'Mod+U',
    isActive: (e) => e.isActive('underline'),
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  {
    key: 'strike',
    shortcut: 'Mod+Shift+S',
    isActive: (e) => e.isActive('strike'),
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    key: 'superscript',
    shortcut: 'Mod+.',
    isActive: (e) => e.isActive('superscript'),
    run: (e) => e.chain().focus().toggleSuperscript().run(),
  },
  {
    key: 'subscript',
    shortcut: 'Mod+,',
    isActive: (e) => e.isActive('subscript'),
    run: (e) => e.chain().focus().toggleSubscript().run(),
  },
];

const blockButtons: ToolButton[] = [
  {
    key: 'paragraph',
    shortcut: 'Mod+Alt+0',
    isActive: (e) => e.isActive('paragraph'),
    run: (e) => e.chain().focus().setParagraph().run(),
  },
  ...([2, 3, 4] as const).map((level): ToolButton => ({
    key: `heading${level}`,
    shortcut: `Mod+Alt+${level}`,
    isActive: (e) => e.isActive('heading', { level }),
    run: (e) => e.chain().focus().toggleHeading({ level }).run(),
  })),
  {
    key: 'bulletList',
    shortcut: 'Mod+Shift+8',
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: 'orderedList',
    shortcut: 'Mod+Shift+7',
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    key: 'blockquote',
    shortcut: 'Mod+Shift+B',
    isActive: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  { key: 'horizontalRule', run: (e) => e.chain().focus().setHorizontalRule().run() },
];

/** Every pressed state the toolbar shows: its mark and block buttons' and the link's. */
const activeChecks: ActiveFormatCheck[] = [
  ...[...markButtons, ...blockButtons].flatMap(({ key, isActive }) =>
    isActive ? [{ key, isActive }] : [],
  ),
  { key: 'link', isActive: (e) => e.isActive('link') },
];

/** Formatting for the body: marks, blocks, link, figure, typography, find, comment, undo. */
export const EditorToolbar = memo(function EditorToolbar({
  editor,
  onDialog,
  onTypography,
  onComment,
  onUndo,
}: EditorToolbarProps) {
  const { t } = useTranslation();
  const isMac = isMacPlatform();
  const withKeys = (label: string, shortcut: string) =>
    `${label} (${formatShortcut(shortcut, isMac)})`;
  // Asked per selection or mark change, not per keystroke, and rendered only when one flips.
  const store = useMemo(() => createActiveFormatsStore(editor, activeChecks), [editor]);
  const active = useSyncExternalStore(store.subscribe, store.get);

  const render = (button: ToolButton) => (
    <button
      key={button.key}
      type="button"
      className={`tool tool-${button.key}`}
      aria-pressed={button.isActive ? (active[button.key] ?? false) : undefined}
      aria-label={t(`toolbar.${button.key}`)}
      title={
        button.shortcut
          ? withKeys(t(`toolbar.${button.key}`), button.shortcut)
          : t(`toolbar.${button.key}`)
      }
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => button.run(editor)}
    >
      {t(`toolbar.icon.${button.key}`)}
    </button>
  );

  return (
    <div className="editor-formatting" role="toolbar" aria-label={t('toolbar.label')}>
      <span className="tool-group">{markButtons.map(render)}</span>
      <span className="tool-group">{blockButtons.map(render)}</span>
      <span className="tool-group">
        <button
          type="button"
          className="tool"
          aria-pressed={active['link'] ?? false}
          aria-label={t('toolbar.link')}
          title={withKeys(t('toolbar.link'), 'Mod+K')}
          onClick={() => onDialog('link')}
        >
          {t('toolbar.icon.link')}
        </button>
        <button
          type="button"
          className="tool"
          aria-label={t('toolbar.figure')}
          title={t('toolbar.figure')}
          onClick={() => onDialog('figure')}
        >
          {t('toolbar.icon.figure')}
        </button>
      </span>
      <span className="tool-group">
        <button
          type="button"
          className="tool"
          aria-label={t('toolbar.typography')}
          title={withKeys(t('toolbar.typography'), 'Mod+Alt+T')}
          onClick={onTypography}
        >
          {t('toolbar.icon.typography')}
        </button>
        <button
          type="button"
          className="tool"
          aria-label={t('toolbar.find')}
          title={withKeys(t('toolbar.find'), 'Mod+F')}
          onClick={() => onDialog('find')}
        >
          {t('toolbar.icon.find')}
        </button>
        <button
          type="button"
          className="tool tool-comment"
          aria-label={t('toolbar.comment')}
          title={withKeys(t('toolbar.comment'), 'Mod+Alt+M')}
          // Keeps the selection the comment is about.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onComment}
        >
          {t('toolbar.icon.comment')}
        </button>
        <button
          type="button"
          className="tool"
          aria-label={t('toolbar.undo')}
          title={withKeys(t('toolbar.undo'), 'Mod+Z')}
          onClick={onUndo}
        >
          ↶
        </button>
        <button
          type="button"
          className="tool"
          aria-label={t('toolbar.redo')}
          title={withKeys(t('toolbar.redo'), 'Mod+Shift+Z')}
          onClick={() => editor.chain().focus().redo().run()}
        >
          ↷
        </button>
      </span>
    </div>
  );
});
