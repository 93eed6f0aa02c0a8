import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../shared/api/apiContract';

export type QuoteSuggestion = ApiOutput<'quotes:list'>['suggestions'][number];

interface QuoteSuggestionItemProps {
  suggestion: QuoteSuggestion;
  /** The suggestion's key in the list; the handlers look the current suggestion up by it. */
  suggestionKey: string;
  onJump: (key: string) => void;
  onAccept: (key: string) => void;
  onDismiss: (key: string) => void;
}

/**
 * One detected quotation offered to the fact-checker. The list is fetched again when typing
 * pauses (at once when an edit touched an anchored quotation), and the offsets of every
 * suggestion after the caret move each time: the row redraws only when what it shows changes,
 * and its handlers read the offsets of the current list, so a refetch does not rebuild the panel.
 */
export const QuoteSuggestionItem = memo(function QuoteSuggestionItem({
  suggestion,
  suggestionKey,
  onJump,
  onAccept,
  onDismiss,
}: QuoteSuggestionItemProps) {
  const { t } = useTranslation();
  return (
    <li className="suggestion">
      <button type="button" className="quote-item" onClick={() => onJump(suggestionKey)}>
        <span className="quote-text">«{suggestion.text}»</span>
        <span className="quote-meta">
          {[
            suggestion.speaker || t('quotes.askSpeaker'),
            suggestion.role,
            suggestion.speaker && suggestion.speakerKind === 'organisation'
              ? t('quotes.organisation')
              : '',
            suggestion.inferred ? t('quotes.inferred') : '',
            suggestion.speaker
              ? t('quotes.confidence', { percent: Math.round(suggestion.confidence * 100) })
              : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </button>
      <span className="suggestion-actions">
        <button type="button" onClick={() => onAccept(suggestionKey)}>
          {t('quotes.accept')}
        </button>
        <button type="button" onClick={() => onDismiss(suggestionKey)}>
          {t('quotes.dismiss')}
        </button>
      </span>
    </li>
  );
}, isSameSuggestionRow);

/** Equal when the row would show the same thing: the offsets alone do not redraw it. */
function isSameSuggestionRow(
  previous: QuoteSuggestionItemProps,
  next: QuoteSuggestionItemProps,
): boolean {
  const a = previous.suggestion;
  const b = next.suggestion;
  return (
    previous.suggestionKey === next.suggestionKey &&
    previous.onJump === next.onJump &&
    previous.onAccept === next.onAccept &&
    previous.onDismiss === next.onDismiss &&
    a.text === b.text &&
    a.speaker === b.speaker &&
    a.role === b.role &&
    a.speakerKind === b.speakerKind &&
    a.inferred === b.inferred &&
    a.confidence === b.confidence
  );
}

/**
 * Keys that survive an edit before a suggestion: its text and which occurrence of that text it
 * is, not its offsets (which every keystroke before it moves).
 */
export function suggestionKeys(suggestions: readonly QuoteSuggestion[]): string[] {
  const seen = new Map<string, number>();
  return suggestions.map((suggestion) => {
    const occurrence = seen.get(suggestion.text) ?? 0;
    seen.set(suggestion.text, occurrence + 1);
    return `${occurrence}:${suggestion.text}`;
  });
}
