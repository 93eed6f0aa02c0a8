import Typograf from 'typograf';
import type { ArticleLanguage } from '../article/articleSchema';
import { streamlineTypograf } from './streamlineTypograf';

/**
 * The typograf rules Galley applies, chosen one by one rather than typograf's defaults:
 * only rules that fix typography (quotes, dashes, no-break spaces, ellipsis, apostrophes),
 * never ones that reflow whitespace, rewrite spelling or numbers, or produce HTML — the
 * result is written back into the editor's text nodes.
 */
const commonRules = [
  'common/punctuation/quote',
  'common/punctuation/apostrophe',
  'common/punctuation/hellip',
  'common/nbsp/afterShortWordByList',
  'common/nbsp/afterNumber',
  'common/nbsp/afterParagraphMark',
  'common/nbsp/afterSectionMark',
  'common/nbsp/beforeShortLastNumber',
  'common/nbsp/beforeShortLastWord',
  'common/nbsp/dpi',
];

const rulesByLanguage: Record<ArticleLanguage, string[]> = {
  ru: [
    ...commonRules,
    'ru/dash/main',
    'ru/dash/directSpeech',
    'ru/dash/centuries',
    'ru/dash/daysMonth',
    'ru/dash/decade',
    'ru/dash/month',
    'ru/dash/time',
    'ru/dash/weekday',
    'ru/dash/years',
    'ru/punctuation/hellipQuestion',
    'ru/nbsp/abbr',
    'ru/nbsp/addr',
    'ru/nbsp/afterNumberSign',
    'ru/nbsp/beforeParticle',
    'ru/nbsp/dayMonth',
    'ru/nbsp/initials',
    'ru/nbsp/m',
    'ru/nbsp/mln',
    'ru/nbsp/ooo',
    'ru/nbsp/page',
    'ru/nbsp/ps',
    'ru/nbsp/rubleKopek',
    'ru/nbsp/see',
    'ru/nbsp/year',
    'ru/nbsp/years',
  ],
  en: [...commonRules, 'en-US/dash/main'],
};

// typograf runs the rules of the first locale; the others lend it their letters, so a
// Russian text with English names still gets its apostrophes and short words right.
const localesByLanguage: Record<ArticleLanguage, string[]> = {
  ru: ['ru', 'en-US'],
  en: ['en-US'],
};

/** A plain typograf configured for a language (see {@link getTypograf}). */
export function createTypograf(language: ArticleLanguage): Typograf {
  return new Typograf({
    locale: localesByLanguage[language],
    disableRule: '*',
    enableRule: rulesByLanguage[language],
    // Ready characters, not `&nbsp;`/`&laquo;`: the text goes back into text nodes.
    htmlEntity: { type: 'default' },
  });
}

const instances = new Map<ArticleLanguage, Typograf>();

/** The configured typograf for a language, built once (typograf needs no DOM). */
export function getTypograf(language: ArticleLanguage): Typograf {
  let typograf = instances.get(language);
  if (!typograf) {
    typograf = streamlineTypograf(createTypograf(language));
    instances.set(language, typograf);
  }
  return typograf;
}
