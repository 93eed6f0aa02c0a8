import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMediumDate } from './formatMediumDate';

const styles = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
  time: { timeStyle: 'medium' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type DateStyle = keyof typeof styles;

/**
 * One formatter per language and style, made once: building an Intl.DateTimeFormat costs far
 * more than formatting with it, and the library list formats a date on every row (a profile of
 * the page load at 1,000 articles spent more script time making formatters than in React).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${language}\u0000${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, styles[style]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Dates and times as the interface language writes them, the same on every screen. */
export function useDateFormat(): Record<DateStyle, (at: number) => string> {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      // The list's dates skip Intl: its first formatter costs the page's start (formatMediumDate).
      date: (at) => formatMediumDate(language, at) ?? formatterFor(language, 'date').format(at),
      dateTime: (at) => formatterFor(language, 'dateTime').format(at),
      dateTimeSeconds: (at) => formatterFor(language, 'dateTimeSeconds').format(at),
      time: (at) => formatterFor(language, 'time').format(at),
    }),
    [language],
  );
}
