/**
 * Why a file could not be imported, as one line a person can act on
 * ("notes.docx: not a DOCX file (it is not a ZIP archive)"). Nothing was written.
 */
export class ImportError extends Error {
  /** The file name as shown in the message. */
  readonly file: string;
  /** The message without the file name. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    const name = oneLine(file) || 'file';
    const why = oneLine(reason);
    super(`${name}: ${why}`);
    this.name = 'ImportError';
    this.file = name;
    this.reason = why;
  }
}

// A hostile file name or parser message must not break the one-line contract (or a terminal).
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
