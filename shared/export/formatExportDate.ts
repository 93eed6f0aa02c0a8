import type { ArticleLanguage } from '../article/articleSchema';
import { exportLabels } from './exportLabels';

/** An epoch-milliseconds time as ISO 8601 in UTC, without zero milliseconds. */
export function toIsoDateTime(epochMillis: number): string {
  // A render asks for an article's few times several times over (page, JSON-LD, ninjs).
  if (epochMillis === recent[0]) return recentIso[0];
  if (epochMillis === recent[1]) return recentIso[1];
  const iso = new Date(epochMillis).toISOString().replace('.000Z', 'Z');
  recent[1] = recent[0];
  recentIso[1] = recentIso[0];
  recent[0] = epochMillis;
  recentIso[0] = iso;
  return iso;
}

// The last two times formatted, newest first (NaN matches nothing).
const recent: [number, number] = [NaN, NaN];
const recentIso: [string, string] = ['', ''];

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
