import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
// For the `editor.commands.setFindQuery` … declarations and `editor.storage.findReplace`.
import type {} from './findReplaceExtension';
import './findReplace.css';

interface FindReplacePanelProps {
  /** An editor with the `FindReplaceExtension`. */
  editor: Editor;
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
 * Find and replace over the article body. The panel keeps what is typed; the editor's
 * find plugin keeps the matches, so the count here always describes the current text.
 * Mount it afresh (a new `key`) for each Mod-f: it takes the selection and the focus on
 * mount; "Match case" and "Whole word" stay as they were last set.
 * Enter finds the next match, Shift+Enter the previous one, Enter in "Replace" replaces
 * the highlighted match, Escape closes the panel and clears the highlights.
 */
export function FindReplacePanel({ editor, onClose, initialQuery }: FindReplacePanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(
    () => initialQuery ?? (selectedQuery(editor) || editor.storage.findReplace.query),
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
  const { matchCount, activeIndex, isEditable } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      matchCount: current.storage.findReplace.matchCount,
      activeIndex: current.storage.findReplace.activeIndex,
      isEditable: current.isEditable,
    }),
  });

  useEffect(() => {
    editor.commands.setFindQuery(query, { caseSensitive, wholeWord });
  }, [editor, query, caseSensitive, wholeWord]);

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
    editor.commands.clearFind();
    onClose();
    // Back to the text, with the last match found selected.
    editor.commands.focus();
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
    setReplacedCount(null);
    editor.commands.replaceCurrent(replacement);
  };

  const replaceAll = (): void => {
    const count = matchCount;
    if (editor.commands.replaceAll(replacement)) setReplacedCount(count);
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
        <span className="find-count" role="status" aria-live="polite" aria-atomic="true">
          {status}
        </span>
        <button type="button" onClick={previous} disabled={!hasMatches}>
          {t('find.previous')}
        </button>
        <button type="button" onClick={next} disabled={!hasMatches}>
          {t('find.next')}
        </button>
        <button type="button" onClick={close}>
          {t('find.close')}
        </button>
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
        <button type="button" onClick={replaceCurrent} disabled={!hasMatches || !isEditable}>
          {t('find.replaceOne')}
        </button>
        <button type="button" onClick={replaceAll} disabled={!hasMatches || !isEditable}>
          {t('find.replaceAll')}
        </button>
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
      </div>
    </div>
  );
}

function selectedQuery(editor: Editor): string {
  const { from, to } = editor.state.selection;
  const text = editor.state.doc.textBetween(from, to, '\n', '\n');
  return text.length <= maxSelectedQueryLength && !text.includes('\n') ? text : '';
}
