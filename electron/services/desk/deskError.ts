/** A desk problem a person can act on; the CLI prints its message as one line. */
export class DeskError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeskError';
  }
}
