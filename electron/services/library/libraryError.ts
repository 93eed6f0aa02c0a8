/** Why a library could not be opened, in words a person can act on. */
export type LibraryErrorCode = 'too_new' | 'not_a_library' | 'cannot_open' | 'damaged';

export class LibraryError extends Error {
  readonly code: LibraryErrorCode;

  constructor(code: LibraryErrorCode, message: string) {
    super(message);
    this.name = 'LibraryError';
    this.code = code;
  }
}
