/**
 * Thrown by the pure converters when input is too deep or too long to be an article.
 * The message is one line meant for the user ("too long for one article (…)"), so
 * callers can show it as it is, unlike an unexpected failure.
 */
export class ImportLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportLimitError';
  }
}
