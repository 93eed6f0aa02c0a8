import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';
import { formatShortcut, isMacPlatform } from '../editor/formatShortcut';
import './settings.css';

/** In Tiptap's notation (`Mod` is Ctrl, or ⌘ on a Mac), as the toolbar's tooltips write them. */
const shortcuts: ReadonlyArray<[string, string]> = [
  ['Mod+B', 'toolbar.bold'],
  ['Mod+I', 'toolbar.italic'],
  ['Mod+U', 'toolbar.underline'],
  ['Mod+Shift+S', 'toolbar.strike'],
  ['Mod+.', 'toolbar.superscript'],
  ['Mod+,', 'toolbar.subscript'],
  ['Mod+K', 'toolbar.link'],
  ['Mod+Alt+0', 'toolbar.paragraph'],
  ['Mod+Alt+2', 'help.headings'],
  ['Mod+Shift+8', 'toolbar.bulletList'],
  ['Mod+Shift+7', 'toolbar.orderedList'],
  ['Mod+Shift+B', 'toolbar.blockquote'],
  ['Mod+Alt+T', 'toolbar.typography'],
  ['Mod+F', 'toolbar.find'],
  ['Mod+Alt+M', 'toolbar.comment'],
  ['Mod+S', 'help.saveVersion'],
  ['Mod+Z', 'toolbar.undo'],
  ['Mod+Shift+Z', 'toolbar.redo'],
  ['F7', 'help.spelling'],
  ['F1', 'help.title'],
];

/** The keys of this keyboard: «Ctrl+B» here, «⌘B» on a Mac; one row covers headings 2–4. */
function keysOf(shortcut: string, isMac: boolean): string {
  const keys = formatShortcut(shortcut, isMac);
  return shortcut === 'Mod+Alt+2' ? `${keys} / 3 / 4` : keys;
}

/** The keyboard shortcuts a writer expects, listed. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const isMac = isMacPlatform();
  return (
    <Dialog title={t('help.title')} onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {shortcuts.map(([keys, label]) => (
            <tr key={label}>
              <td>
                <kbd>{keysOf(keys, isMac)}</kbd>
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
    </Dialog>
  );
}
