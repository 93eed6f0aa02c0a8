import type { ArticleLanguage } from '../article/articleSchema';

const nbsp = '\u00a0';

/**
 * Rules typograf lacks, run after it. Desks keep a space between a number and `%` or a
 * currency sign («5 %», «100 ₽») but never let the line break there; and typograf only
 * curls double quotes, so English ‘single’ quotes are done here.
 */
export function applyExtraRules(text: string, language: ArticleLanguage): string {
  const spaced = text.replace(/(\d) (?=[%‰‱$€₽£¥])/g, `$1${nbsp}`);
  return language === 'en' ? curlSingleQuotes(spaced) : spaced;
}

// Runs after typograf's apostrophe rule, so every `'` left is a quote or an elision.
function curlSingleQuotes(text: string): string {
  return (
    text
      // ’90s, ’em: an elision of digits or a known word, not an opening quote.
      .replace(/'(?=\d\d(?:s\b|\b)|(?:em|tis|twas|n)\b)/gi, '\u2019')
      .replace(/(^|[\s([{\u201c\u2014\u2013-])'(?=\S)/g, '$1\u2018')
      .replace(/(\S)'/g, '$1\u2019')
  );
}
