/**
 * The languages Galley writes in. The lowest layer owns the list because counting,
 * typography, stemming and quote rules all take a language, and the article schema
 * (higher up) stores one of these.
 */
export const textLanguages = ['ru', 'en'] as const;

/** One of {@link textLanguages}. */
export type TextLanguage = (typeof textLanguages)[number];
