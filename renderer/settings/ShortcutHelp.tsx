import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';
import './settings.css';

const shortcuts: ReadonlyArray<[string, string]> = [
  ['Ctrl/⌘ + B', 'toolbar.bold'],
  ['Ctrl/⌘ + I', 'toolbar.italic'],
  ['Ctrl/⌘ + U', 'toolbar.underline'],
  ['Ctrl/⌘ + Shift + S', 'toolbar.strike'],
  ['Ctrl/⌘ + .', 'toolbar.superscript'],
  ['Ctrl/⌘ + ,', 'toolbar.subscript'],
  ['Ctrl/⌘ + K', 'toolbar.link'],
  ['Ctrl/⌘ + Alt + 0', 'toolbar.paragraph'],
  ['Ctrl/⌘ + Alt + 2 / 3 / 4', 'help.headings'],
  ['Ctrl/⌘ + Shift + 8', 'toolbar.bulletList'],
  ['Ctrl/⌘ + Shift + 7', 'toolbar.orderedList'],
  ['Ctrl/⌘ + Shift + B', 'toolbar.blockquote'],
  ['Ctrl/⌘ + Alt + T', 'toolbar.typography'],
  ['Ctrl/⌘ + F', 'toolbar.find'],
  ['Ctrl/⌘ + Alt + M', 'toolbar.comment'],
  ['Ctrl/⌘ + S', 'help.saveVersion'],
  ['Ctrl/⌘ + Z', 'toolbar.undo'],
  ['Ctrl/⌘ + Shift + Z', 'toolbar.redo'],
  ['F1', 'help.title'],
];

/** The keyboard shortcuts a writer expects, listed. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('help.title')} onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {shortcuts.map(([keys, label]) => (
            <tr key={label}>
              <td>
                <kbd>{keys}</kbd>
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
