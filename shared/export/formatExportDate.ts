import type { ArticleLanguage } from '../article/articleSchema';
import { exportLabels } from './exportLabels';

/** An epoch-milliseconds time as ISO 8601 in UTC, without zero milliseconds. */
export function toIsoDateTime(epochMillis: number): string {
  return new Date(epochMillis).toISOString().replace('.000Z', 'Z');
}

/**
 * A date for readers: «1 июня 2025», "June 1, 2025". Built by hand in UTC rather than
 * with `Intl`, so the same article gives the same bytes on every machine and ICU version.
 */
export function formatExportDate(epochMillis: number, language: ArticleLanguage): string {
  const date = new Date(epochMillis);
  const day = date.getUTCDate();
  const month = exportLabels[language].months[date.getUTCMonth()] ?? '';
  const year = date.getUTCFullYear();
  return language === 'ru' ? `${day}\u00a0${month} ${year}` : `${month} ${day}, ${year}`;
}
