import { detectQuotes } from '../../shared/quotes/detectQuotes';

/** The speaker detected for each quotation in `text`, in order: the attribution tests' probe. */
export function quoteSpeakers(text: string, language: 'ru' | 'en' = 'ru'): string[] {
  return detectQuotes(text, { language }).map((quote) => quote.speaker);
}
