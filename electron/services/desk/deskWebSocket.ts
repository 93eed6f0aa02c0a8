import WebSocket from 'ws';

/**
 * The WebSocket the desk's provider opens. `ws` reports the abort of a connection still being
 * set up as an 'error' event a tick after `close()`, and an EventEmitter with no 'error'
 * listener throws. The provider's `destroy()` closes the socket and removes its own listeners in
 * the same tick, so leaving the desk (or quitting) while it was still connecting — after a
 * restart of the desk, or on a slow network — threw an uncaught exception in the main process.
 * The socket keeps one listener of its own; while the provider is attached its listeners still
 * see every error, and after it let go nothing is left to tell.
 */
export class DeskWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}
