import type { ArticleLanguage } from '../article/articleSchema';

/** The words the exported pages print around the article, per language. */
export interface ExportLabels {
  related: string;
  /** Heading of the corrections at the end of a page: one, and several. */
  correction: string;
  corrections: string;
  /** Title of the index page when the site has no name. */
  latest: string;
  /** Genitive month names in Russian, plain ones in English. */
  months: readonly string[];
  /** Open Graph `og:locale`. */
  locale: string;
}

/** Russian and English labels of the exported pages. */
export const exportLabels: Readonly<Record<ArticleLanguage, ExportLabels>> = {
  ru: {
    related: 'Другие новости',
    correction: 'Исправление',
    corrections: 'Исправления',
    latest: 'Новости',
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    locale: 'ru_RU',
  },
  en: {
    related: 'Related',
    correction: 'Correction',
    corrections: 'Corrections',
    latest: 'Latest news',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    locale: 'en_US',
  },
};
