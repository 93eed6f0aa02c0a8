/** How {@link NewestSearch} reaches the list. */
export interface NewestSearchSteps {
  /** Sends the request for the list of `search`; settles once it is answered (or has failed). */
  fetch: (search: string) => Promise<unknown>;
  /** Tells the library which text it now shows (its answer is on the way). */
  show: (search: string) => void;
}

/**
 * Search as you type with one request in flight: a text typed while one is in flight waits,
 * and the moment its answer lands the newest text is sent, skipping the prefixes typed
 * meanwhile (a request per keystroke queued every stale prefix before the last one: typing
 * «президент» under load, the last key was answered 3.5 s after it was typed).
 *
 * It runs outside React, in the input event and in the answer's own callback: decided in a
 * render, the request left after the key's render, its effects and the list's render, and
 * after an answer for a text no longer wanted had been rendered (9–60 ms at load 7–15 even with
 * nothing in flight, and the wait for the request in flight on top).
 */
export class NewestSearch {
  private typed: string;
  private sent: string;
  private isInFlight = false;

  constructor(
    initial: string,
    private readonly steps: NewestSearchSteps,
  ) {
    this.typed = initial;
    this.sent = initial;
  }

  /** The text in the box changed. */
  type(text: string): void {
    this.typed = text;
    if (!this.isInFlight) this.send();
  }

  private send(): void {
    const search = this.typed;
    if (search === this.sent) return;
    this.sent = search;
    this.isInFlight = true;
    const answered = this.steps.fetch(search);
    this.steps.show(search);
    const next = (): void => {
      this.isInFlight = false;
      this.send();
    };
    answered.then(next, next);
  }
}
