import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './dateField.css';

interface DateFieldProps {
  /** The date as `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date typed as the interface language writes it (ДД.ММ.ГГГГ), with the format shown as a hint
 * and a word when it cannot be read. It stands in for `<input type="date">`, whose placeholder
 * and picker follow the browser's language, not the interface's. `YYYY-MM-DD` is read too.
 * Put it inside a `<label>`: the label names it.
 */
export function DateField({ value, onChange }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => formatDate(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Changed from outside (filters reset): show the new value unless the text already means it.
    setShown(value);
    if (readDate(text) !== value) setText(formatDate(value));
  }
  // Half-typed is not wrong yet: the problem shows once the person leaves the field.
  const [isTyping, setIsTyping] = useState(false);
  const isInvalid = readDate(text) === null;
  return (
    <span className="date-field">
      <input
        type="text"
        inputMode="numeric"
        size={10}
        value={text}
        placeholder={t('date.format')}
        title={t('date.hint')}
        aria-invalid={isInvalid && !isTyping}
        onFocus={() => setIsTyping(true)}
        onBlur={() => setIsTyping(false)}
        onChange={(event) => {
          setText(event.target.value);
          const next = readDate(event.target.value);
          if (next !== null && next !== value) onChange(next);
        }}
      />
      {isInvalid && !isTyping && (
        <span className="date-field-problem" role="alert">
          {t('date.invalid')}
        </span>
      )}
    </span>
  );
}

/** `YYYY-MM-DD` as ДД.ММ.ГГГГ. */
function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

/** What was typed as `YYYY-MM-DD`: '' for nothing, null for something that is not a date. */
function readDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const parts = dotted
    ? { day: dotted[1], month: dotted[2], year: dotted[3] }
    : iso
      ? { day: iso[3], month: iso[2], year: iso[1] }
      : null;
  if (!parts) return null;
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31.02.2026 rolls over to March: not a date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
