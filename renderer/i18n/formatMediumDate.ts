// The month names of the medium date style (CLDR's abbreviated format months), as
// Intl.DateTimeFormat writes them for these languages; formatMediumDate.test.ts holds them to it.
const enMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const ruMonths = [
  'янв.',
  'февр.',
  'мар.',
  'апр.',
  'мая',
  'июн.',
  'июл.',
  'авг.',
  'сент.',
  'окт.',
  'нояб.',
  'дек.',
];

/**
 * `at` in the medium date style ("Dec 6, 2026", «6 дек. 2026 г.») in local time, as
 * `Intl.DateTimeFormat(language, { dateStyle: 'medium' })` writes it, or null for a language or
 * year this does not know (the caller then asks Intl). Why not Intl: Chromium's first
 * DateTimeFormat loads ICU's date patterns, 55–160 ms of script at the page's start (measured in
 * a fresh page at load 15–18), and every row of the first list shows a date.
 */
export function formatMediumDate(language: string, at: number): string | null {
  const date = new Date(at);
  const year = date.getFullYear();
  // Four-digit years only: ICU writes others its own way, and no article is dated there.
  if (!(year >= 1000 && year <= 9999)) return null;
  const day = date.getDate();
  const month = date.getMonth();
  if (language === 'en') return `${enMonths[month]} ${day}, ${year}`;
  if (language === 'ru') return `${day} ${ruMonths[month]} ${year} г.`;
  return null;
}
