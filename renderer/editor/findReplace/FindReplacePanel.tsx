import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ArticlePlace,
  ArticleTextField,
  ArticleTextFields,
} from '../../../shared/find/articleMatch';
import { replaceInText } from '../../../shared/find/replaceInText';
import { closeBodyUndoStep } from '../bodyUndoDepth';
// For the `editor.commands.setFindQuery` … declarations and `editor.storage.findReplace`.
import type {} from './findReplaceExtension';
import './findReplace.css';

/** What one "Replace all" changed, so that one undo can take all of it back. */
export interface ReplaceAllRun {
  before: ArticleTextFields;
  after: ArticleTextFields;
  isBodyChanged: boolean;
}

interface FindReplacePanelProps {
  /** An editor with the `FindReplaceExtension`. */
  editor: Editor;
  /** The headline and lede as they stand: searched before the body. */
  fields: ArticleTextFields;
  /** Writes a replacement into the headline or lede, as typing there does. */
  onFieldsChange: (patch: Partial<ArticleTextFields>) => void;
  /** After a "Replace all" that changed anything. */
  onReplacedAll: (run: ReplaceAllRun) => void;
  /** Closing on a match in the headline or lede: that field takes the focus, the match selected. */
  onFocusField: (field: ArticleTextField, from: number, to: number) => void;
  onClose: () => void;
  /**
   * Prefills "Find". By default: the selected text when it is a short single line, else
   * the query of a search still running.
   */
  initialQuery?: string;
}

/** Longer selections are passages to work on, not something to look for. */
const maxSelectedQueryLength = 100;

/**
 * Find and replace over the whole article: headline, lede, body, figure captions and credits.
 * The panel keeps what is typed; the editor's find plugin keeps the matches, so the count here
 * always describes the current text. Replacements in the headline and lede go through the
 * article's own fields (saved and slugged as typing is); those in the body through the editor.
 * Mount it afresh (a new `key`) for each Mod-f: it takes the selection and the focus on
 * mount; "Match case" and "Whole word" stay as they were last set.
 * Enter finds the next match, Shift+Enter the previous one, Enter in "Replace" replaces
 * the highlighted match, Escape closes the panel and clears the highlights.
 */
export function FindReplacePanel({
  editor,
  fields,
  onFieldsChange,
  onReplacedAll,
  onFocusField,
  onClose,
  initialQuery,
}: FindReplacePanelProps) {
  const { t } = useTranslation();
  // Where the search was opened from, read before the panel takes the focus.
  const [origin] = useState(() => openedFrom());
  const [query, setQuery] = useState(
    () =>
      initialQuery ??
      (origin.place ? origin.selected : selectedQuery(editor)) ??
      editor.storage.findReplace.query,
  );
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(
    () => editor.storage.findReplace.caseSensitive,
  );
  const [wholeWord, setWholeWord] = useState(() => editor.storage.findReplace.wholeWord);
  const [replacedCount, setReplacedCount] = useState<number | null>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const findId = useId();
  const replaceId = useId();
  const { matchCount, activeIndex, activeField, isEditable } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      matchCount: current.storage.findReplace.matchCount,
      activeIndex: current.storage.findReplace.activeIndex,
      activeField: current.storage.findReplace.active?.field ?? null,
      isEditable: current.isEditable,
    }),
  });

  // Before the query: the first search already counts the headline and lede.
  const { headline, lede } = fields;
  useEffect(() => {
    editor.commands.setFindFields({ headline, lede });
  }, [editor, headline, lede]);

  useEffect(() => {
    editor.commands.setFindQuery(query, { caseSensitive, wholeWord }, origin.place ?? undefined);
  }, [editor, query, caseSensitive, wholeWord, origin]);

  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.clearFind();
    },
    [editor],
  );

  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, []);

  const close = (): void => {
    const { active } = editor.storage.findReplace;
    editor.commands.clearFind();
    onClose();
    // Back to the text, with the last match found selected.
    if (active?.field === 'headline' || active?.field === 'lede') {
      onFocusField(active.field, active.from, active.to);
    } else {
      editor.commands.focus();
    }
  };

  const next = (): void => {
    setReplacedCount(null);
    editor.commands.findNext();
  };

  const previous = (): void => {
    setReplacedCount(null);
    editor.commands.findPrevious();
  };

  const replaceCurrent = (): void => {
    // Enter in "Replace" reaches here even when the buttons are disabled.
    if (!isEditable) return;
    setReplacedCount(null);
    const { active } = editor.storage.findReplace;
    if (active?.field !== 'headline' && active?.field !== 'lede') {
      editor.commands.replaceCurrent(replacement);
      return;
    }
    const after = {
      ...fields,
      [active.field]: replaceInText(fields[active.field], [active], replacement),
    };
    onFieldsChange({ [active.field]: after[active.field] });
    // On from the end of the new text, as in the body.
    const from: ArticlePlace = { field: active.field, from: active.from + replacement.length };
    editor.commands.setFindFields(after, from);
  };

  const replaceAll = (): void => {
    if (!isEditable) return;
    const count = matchCount;
    const { fieldMatches } = editor.storage.findReplace;
    const after = { ...fields };
    for (const field of ['headline', 'lede'] as const) {
      const ranges = fieldMatches.filter((match) => match.field === field);
      if (ranges.length > 0) after[field] = replaceInText(fields[field], ranges, replacement);
    }
    const isFieldsChanged = after.headline !== fields.headline || after.lede !== fields.lede;
    // The body's step stands alone in a shared body's undo history too (it merges quick edits).
    closeBodyUndoStep(editor);
    const isBodyChanged = count > fieldMatches.length && editor.commands.replaceAll(replacement);
    closeBodyUndoStep(editor);
    if (isFieldsChanged) {
      onFieldsChange({ headline: after.headline, lede: after.lede });
      editor.commands.setFindFields(after);
    }
    if (isBodyChanged || isFieldsChanged) {
      onReplacedAll({ before: { ...fields }, after, isBodyChanged });
      setReplacedCount(count);
    }
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      // Mod-f again while the panel is open goes back to the query, not the browser's find.
      event.preventDefault();
      findInput.current?.focus();
      findInput.current?.select();
    }
  };

  const onFindKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (event.shiftKey) previous();
    else next();
  };

  const onReplaceKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    replaceCurrent();
  };

  const status =
    replacedCount !== null
      ? t('find.replaced', { count: replacedCount })
      : query === ''
        ? ''
        : matchCount === 0
          ? t('find.noMatches')
          : activeField
            ? t('find.positionIn', {
                current: activeIndex + 1,
                total: matchCount,
                field: t(`find.field.${activeField}`),
              })
            : t('find.position', { current: activeIndex + 1, total: matchCount });
  const hasMatches = matchCount > 0;

  return (
    <div
      className="find-panel"
      role="search"
      aria-label={t('find.panel')}
      onKeyDown={onPanelKeyDown}
    >
      <div className="find-row">
        <label htmlFor={findId}>{t('find.find')}</label>
        <input
          id={findId}
          ref={findInput}
          type="text"
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            setReplacedCount(null);
            setQuery(event.target.value);
          }}
          onKeyDown={onFindKeyDown}
        />
        <span className="find-actions">
          <button type="button" onClick={previous} disabled={!hasMatches}>
            {t('find.previous')}
          </button>
          <button type="button" onClick={next} disabled={!hasMatches}>
            {t('find.next')}
          </button>
          <button type="button" onClick={close}>
            {t('find.close')}
          </button>
        </span>
      </div>
      <div className="find-row">
        <label htmlFor={replaceId}>{t('find.replace')}</label>
        <input
          id={replaceId}
          type="text"
          value={replacement}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setReplacement(event.target.value)}
          onKeyDown={onReplaceKeyDown}
        />
        <span className="find-actions">
          <button type="button" onClick={replaceCurrent} disabled={!hasMatches || !isEditable}>
            {t('find.replaceOne')}
          </button>
          <button type="button" onClick={replaceAll} disabled={!hasMatches || !isEditable}>
            {t('find.replaceAll')}
          </button>
        </span>
      </div>
      <div className="find-row find-options">
        <label>
          <input
            type="checkbox"
            checked={caseSensitive}
            onChange={(event) => {
              setReplacedCount(null);
              setCaseSensitive(event.target.checked);
            }}
          />{' '}
          {t('find.matchCase')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={wholeWord}
            onChange={(event) => {
              setReplacedCount(null);
              setWholeWord(event.target.checked);
            }}
          />{' '}
          {t('find.wholeWord')}
        </label>
        <span className="find-count" role="status" aria-live="polite" aria-atomic="true">
          {status}
        </span>
      </div>
    </div>
  );
}

/** The selected text as a query, when it is a short single line; null otherwise. */
function asQuery(text: string): string | null {
  return text !== '' && text.length <= maxSelectedQueryLength && !text.includes('\n') ? text : null;
}

function selectedQuery(editor: Editor): string | null {
  const { from, to } = editor.state.selection;
  return asQuery(editor.state.doc.textBetween(from, to, '\n', '\n'));
}

const textFields: Record<string, ArticleTextField> = {
  'article-headline': 'headline',
  'article-lede': 'lede',
};

/**
 * Opened from the headline or lede, the search starts at its caret and takes its selection;
 * otherwise (place null) it starts at the body's selection.
 */
function openedFrom(): { place: ArticlePlace | null; selected: string | null } {
  const focused = document.activeElement;
  const field = focused instanceof HTMLTextAreaElement ? textFields[focused.id] : undefined;
  if (!field || !(focused instanceof HTMLTextAreaElement)) return { place: null, selected: null };
  const { selectionStart, selectionEnd, value } = focused;
  return {
    place: { field, from: selectionStart },
    selected: asQuery(value.slice(selectionStart, selectionEnd)),
  };
}
