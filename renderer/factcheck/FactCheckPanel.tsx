import type { Editor } from '@tiptap/core';
// Brings the quoteAnchor commands' types into this program.
import type {} from '../../shared/editor/extensions/QuoteAnchor';
import { useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ulid } from 'ulid';
import type { ApiOutput } from '../../shared/api/apiContract';
import { plainTextRangeToPositions } from '../../shared/quotes/plainTextPositions';
import { speakerConfidenceThreshold } from '../../shared/quotes/detectedQuote';
import { nominativeSpeaker } from '../../shared/quotes/nominativeSpeaker';
import type {
  QuoteAnnotation,
  QuoteAnnotationPatch,
} from '../../shared/quotes/quoteAnnotationSchema';
import { errorMessage } from '../api/ApiCallError';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useRefetchOnDeskChanges } from '../editor/collab/useRefetchOnDeskChanges';
import { useCommentComposer } from '../comments/CommentComposerContext';
import { useArticleSession } from '../editor/ArticleSessionContext';
import { AnnotationForm } from './AnnotationForm';
import { QuoteSuggestionItem, suggestionKeys, type QuoteSuggestion } from './QuoteSuggestionItem';
import './factcheck.css';
import { useDateFormat } from '../i18n/useDateFormat';

type QuoteList = ApiOutput<'quotes:list'>;
type Suggestion = QuoteSuggestion;

const isConfident = (suggestion: Suggestion): boolean =>
  suggestion.confidence >= speakerConfidenceThreshold;

interface FactCheckPanelProps {
  editor: Editor;
}

const verdictOrder = ['changed', 'incorrect', 'disputed', 'needs-source', 'unchecked', 'verified'];

/** Finds an anchor's range in the editor, for jumping to a quotation. */
function anchorRange(editor: Editor, id: string): { from: number; to: number } | null {
  let range: { from: number; to: number } | null = null;
  editor.state.doc.descendants((node, position) => {
    if (node.marks.some((mark) => mark.type.name === 'quoteAnchor' && mark.attrs['id'] === id)) {
      range = { from: range?.from ?? position, to: position + node.nodeSize };
    }
    return true;
  });
  return range;
}

/** Every quotation of the article: speaker, verdict, source; suggestions to accept; jump, edit, filter. */
export function FactCheckPanel({ editor }: FactCheckPanelProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const { articleId, lists, autosave } = useArticleSession();
  const comments = useCommentComposer();
  const speakers = lists.speakers;
  // A save of the body marks the ledger stale, refetched at once when it moved a quotation's
  // anchor and otherwise at the next pause in typing: see updateArticleCache.
  const ledger = useApiQuery('quotes:list', { articleId });
  // Joined to a desk, another person's check of a quotation arrives at any time.
  useRefetchOnDeskChanges(queryKeys.quotes(articleId));
  const list: QuoteList | null = ledger.data ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [isUncheckedFirst, setIsUncheckedFirst] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  // "Check saved" is true only of the quotation as it was saved: an edit of it, or of its
  // verdict, makes the notice stale, and it goes.
  const [savedCheck, setSavedCheck] = useState<QuoteAnnotation | null>(null);
  const isSavedCheckCurrent =
    savedCheck !== null &&
    (ledger.data?.annotations ?? []).some(
      (annotation) =>
        annotation.id === savedCheck.id &&
        annotation.exact === savedCheck.exact &&
        annotation.verdict === savedCheck.verdict,
    );
  const shownMessage =
    message ??
    (ledger.error ? errorMessage(ledger.error) : null) ??
    (isSavedCheckCurrent ? t('quotes.saved') : null);

  // A quote change refetches this article's ledger; a named speaker, the speaker suggestions.
  const reload = (options: { speakers?: boolean } = {}): void => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.quotes(articleId) });
    if (options.speakers) void queryClient.invalidateQueries({ queryKey: queryKeys.lists() });
  };
  const create = useApiMutation('quotes:create', {
    onSettled: (_created, _error, input) => reload({ speakers: input.speaker !== '' }),
  });
  const dismissal = useApiMutation('quotes:dismiss', {
    onError: (error) => setMessage(errorMessage(error)),
    onSettled: () => reload(),
  });
  const check = useApiMutation('quotes:update', {
    onSuccess: (checked) => {
      setMessage(null);
      setSavedCheck(checked);
    },
    onError: (error) => setMessage(errorMessage(error)),
    onSettled: (_checked, _error, input) => reload({ speakers: input.patch.speaker !== undefined }),
  });

  const removal = useApiMutation('quotes:remove', { onSettled: () => reload() });
  // The quotation whose removal waits for the checker's confirmation.
  const [removingId, setRemovingId] = useState<string | null>(null);
  const keepQuoteButton = useRef<HTMLButtonElement>(null);
  // The confirmation takes the focus, on the choice that keeps the quote.
  useEffect(() => {
    if (removingId) keepQuoteButton.current?.focus();
  }, [removingId]);

  /**
   * Takes a hand-marked quotation out of the ledger first (so a refusal leaves the text as it
   * was), then its mark off the body, saved at once.
   */
  const removeManual = async (annotation: QuoteAnnotation): Promise<void> => {
    try {
      await removal.mutateAsync({ id: annotation.id });
    } catch (error) {
      setRemovingId(null);
      setMessage(errorMessage(error));
      return;
    }
    editor.commands.unsetQuoteAnchor(annotation.id);
    await autosave.saveNow();
    setRemovingId(null);
    setSelectedId(null);
    setSavedCheck(null);
    setMessage(t('quotes.removed'));
  };

  const jumpTo = (range: { from: number; to: number } | null): void => {
    if (!range) return;
    editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };

  const annotate = async (
    range: { from: number; to: number },
    kind: QuoteAnnotation['kind'],
    suggestion?: Suggestion,
  ) => {
    const id = ulid();
    if (!editor.chain().setQuoteAnchor(id, range).run()) return;
    await autosave.saveNow();
    // A speaker the detector is not sure of is asked for, never filled in.
    const prefill =
      suggestion && isConfident(suggestion)
        ? nominativeSpeaker({ speaker: suggestion.speaker, role: suggestion.role })
        : { speaker: '', role: '' };
    try {
      await create.mutateAsync({ articleId, id, kind, ...prefill });
      setSelectedId(id);
      setMessage(null);
    } catch (error) {
      editor.commands.unsetQuoteAnchor(id);
      setMessage(errorMessage(error));
    }
  };

  const accept = (suggestion: Suggestion): void => {
    const range = plainTextRangeToPositions(editor.state.doc, suggestion.start, suggestion.end);
    if (range) void annotate(range, suggestion.kind, suggestion);
  };

  const markSelection = (): void => {
    const { from, to } = editor.state.selection;
    if (from < to) void annotate({ from, to }, 'manual');
    else setMessage(t('quotes.selectFirst'));
  };

  const dismiss = (suggestion: Suggestion): void =>
    dismissal.mutate({
      articleId,
      text: suggestion.text,
      start: suggestion.start,
      end: suggestion.end,
      kind: suggestion.kind,
    });

  const save = (id: string, patch: QuoteAnnotationPatch): void => check.mutate({ id, patch });

  // The suggestion rows keep their handlers from one list to the next (see QuoteSuggestionItem).
  const shownSuggestionKeys = useMemo(() => suggestionKeys(list?.suggestions ?? []), [list]);
  const saveNow = autosave.saveNow;
  const actions = { jumpTo, accept, dismiss, saveNow, list, keys: shownSuggestionKeys };
  const suggestionActions = useRef(actions);
  useLayoutEffect(() => {
    suggestionActions.current = actions;
  });
  /**
   * The suggestion under `key` with offsets into the body as it is now: a save that moved no
   * anchor leaves the ledger to be read again at the next pause, so while it is stale the body
   * is saved and the ledger read first.
   */
  const currentSuggestion = useCallback(
    async (key: string): Promise<Suggestion | undefined> => {
      const quotesKey = queryKeys.quotes(articleId);
      if (queryClient.getQueryState(quotesKey)?.isInvalidated) {
        await suggestionActions.current.saveNow();
        await queryClient.refetchQueries({ queryKey: quotesKey, exact: true });
      }
      const { list, keys } = suggestionActions.current;
      const current = queryClient.getQueryData<QuoteList>(quotesKey) ?? list;
      const currentKeys = current === list ? keys : suggestionKeys(current?.suggestions ?? []);
      return current?.suggestions[currentKeys.indexOf(key)];
    },
    [articleId, queryClient],
  );
  const onJumpToSuggestion = useCallback(
    (key: string) =>
      void currentSuggestion(key).then((suggestion) => {
        if (suggestion) {
          suggestionActions.current.jumpTo(
            plainTextRangeToPositions(editor.state.doc, suggestion.start, suggestion.end),
          );
        }
      }),
    [editor, currentSuggestion],
  );
  const onAcceptSuggestion = useCallback(
    (key: string) =>
      void currentSuggestion(key).then((suggestion) => {
        if (suggestion) suggestionActions.current.accept(suggestion);
      }),
    [currentSuggestion],
  );
  const onDismissSuggestion = useCallback(
    (key: string) =>
      void currentSuggestion(key).then((suggestion) => {
        if (suggestion) suggestionActions.current.dismiss(suggestion);
      }),
    [currentSuggestion],
  );

  /** Opens a comment thread on the quotation's words, linked to its annotation. */
  const askAboutSource = (annotation: QuoteAnnotation): void => {
    const range = anchorRange(editor, annotation.id);
    const opened =
      range !== null &&
      comments.start(editor, {
        range,
        quoteId: annotation.id,
        initialBody: t('comments.askSourceDraft'),
      });
    setMessage(opened ? null : t('comments.selectFirst'));
  };

  const annotations = (list?.annotations ?? []).filter(
    (annotation) => annotation.state !== 'dismissed',
  );
  const sorted = isUncheckedFirst
    ? [...annotations].sort(
        (a, b) =>
          Number(a.state === 'orphaned') - Number(b.state === 'orphaned') ||
          verdictOrder.indexOf(a.verdict) - verdictOrder.indexOf(b.verdict) ||
          a.start - b.start,
      )
    : annotations;
  const selected = annotations.find((annotation) => annotation.id === selectedId) ?? null;

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(
      event.currentTarget.querySelectorAll<HTMLButtonElement>('button.quote-item'),
    );
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <section className="factcheck-panel" aria-label={t('quotes.heading')}>
      <div className="factcheck-header">
        <h3>{t('quotes.heading')}</h3>
        <span
          className={`open-count${(list?.openCount ?? 0) === 0 ? ' is-clear' : ''}`}
          data-testid="open-quotes"
        >
          {t('quotes.openCount', { count: list?.openCount ?? 0 })}
        </span>
      </div>
      <div className="factcheck-actions">
        <button type="button" onClick={markSelection}>
          {t('quotes.markSelection')}
        </button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={isUncheckedFirst}
            onChange={(e) => setIsUncheckedFirst(e.target.checked)}
          />
          {t('quotes.uncheckedFirst')}
        </label>
      </div>
      {shownMessage && (
        <p className="history-message" role="status">
          {shownMessage}
        </p>
      )}
      <ul className="quote-list" aria-label={t('quotes.annotations')} onKeyDown={moveFocus}>
        {sorted.map((annotation) => (
          <li key={annotation.id}>
            <button
              type="button"
              className={`quote-item verdict-${annotation.verdict} state-${annotation.state}`}
              aria-pressed={annotation.id === selectedId}
              onClick={() => {
                setSelectedId(annotation.id);
                jumpTo(anchorRange(editor, annotation.id));
              }}
            >
              <span className="quote-text">«{annotation.exact}»</span>
              <span className="quote-meta">
                {annotation.speaker || t('quotes.noSpeaker')} ·{' '}
                <span data-testid="quote-verdict">
                  {annotation.state === 'orphaned'
                    ? t('quotes.orphaned')
                    : t(`quotes.verdict.${annotation.verdict}`)}
                </span>
                {annotation.sourceKind !== 'none' &&
                  ` · ${t(`quotes.source.${annotation.sourceKind}`)}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {selected && selected.state === 'active' && (
        <button
          type="button"
          className="ask-source"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => askAboutSource(selected)}
        >
          {t('comments.askSource')}
        </button>
      )}
      {selected && selected.kind === 'manual' && removingId !== selected.id && (
        <button type="button" className="remove-quote" onClick={() => setRemovingId(selected.id)}>
          {t('quotes.remove')}
        </button>
      )}
      {selected && removingId === selected.id && (
        <div
          className="remove-quote-confirm"
          role="alertdialog"
          aria-labelledby="remove-quote-title"
          aria-describedby="remove-quote-explain"
        >
          <p id="remove-quote-title" className="remove-quote-title">
            {t('quotes.removeTitle')}
          </p>
          <p id="remove-quote-explain">{t('quotes.removeExplain', { text: selected.exact })}</p>
          <div className="remove-quote-actions">
            <button
              type="button"
              className="danger"
              disabled={removal.isPending}
              onClick={() => void removeManual(selected)}
            >
              {t('quotes.removeConfirm')}
            </button>
            <button type="button" ref={keepQuoteButton} onClick={() => setRemovingId(null)}>
              {t('quotes.removeCancel')}
            </button>
          </div>
        </div>
      )}
      {selected && (
        <AnnotationForm
          key={`${selected.id}-${selected.updatedAt}`}
          annotation={selected}
          speakers={speakers}
          onSave={(patch) => save(selected.id, patch)}
        />
      )}
      {list && list.suggestions.length > 0 && (
        <>
          <h4>{t('quotes.suggestions')}</h4>
          <ul className="quote-list" aria-label={t('quotes.suggestions')}>
            {list.suggestions.map((suggestion, index) => {
              const key = shownSuggestionKeys[index] ?? '';
              return (
                <QuoteSuggestionItem
                  key={key}
                  suggestionKey={key}
                  suggestion={suggestion}
                  onJump={onJumpToSuggestion}
                  onAccept={onAcceptSuggestion}
                  onDismiss={onDismissSuggestion}
                />
              );
            })}
          </ul>
        </>
      )}
      {list && list.overrides.length > 0 && (
        <details className="overrides">
          <summary>{t('quotes.overrides')}</summary>
          <ul>
            {list.overrides.map((override) => (
              <li key={override.at}>
                {formatDate.dateTime(override.at)} · {override.actor}: {override.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
