export interface PaintHooks {
  requestFrame: (callback: () => void) => number;
  cancelFrame: (handle: number) => void;
  /** Queues `callback` as a task of its own, behind what the frame queued. */
  postTask: (callback: () => void) => void;
}

const browserHooks = (): PaintHooks => ({
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  postTask: (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  },
});

/**
 * Runs `run` in a task of its own once the next frame has been produced; returns a cancel.
 * Called in a keystroke's task, that is right after the key is painted: while someone types,
 * the moment furthest from their next key, where work waiting for the main thread (a save) is
 * least likely to make that key wait behind it.
 */
export function afterNextPaint(run: () => void, hooks: PaintHooks = browserHooks()): () => void {
  let isCancelled = false;
  const frame = hooks.requestFrame(() => {
    hooks.postTask(() => {
      if (!isCancelled) run();
    });
  });
  return () => {
    isCancelled = true;
    hooks.cancelFrame(frame);
  };
}
