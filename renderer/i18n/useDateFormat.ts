import { useTranslation } from 'react-i18next';

/** Dates and times as the interface language writes them, the same on every screen. */
export function useDateFormat(): {
  date: (at: number) => string;
  dateTime: (at: number) => string;
  dateTimeSeconds: (at: number) => string;
  time: (at: number) => string;
} {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    date: (at) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(at),
    dateTime: (at) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at),
    dateTimeSeconds: (at) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(at),
    time: (at) => new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(at),
  };
}
