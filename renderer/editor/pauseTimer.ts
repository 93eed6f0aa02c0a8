export interface PauseTimer {
  /** `run` is due `delayMs` from now, unless poked again before then. */
  poke: (delayMs: number) => void;
  cancel: () => void;
}

/**
 * Runs `run` once pokes stop for a while: a debounce for what every keystroke pokes. Clearing
 * and setting a browser timer at each keystroke (three of them did) cost about 0.3 ms a key
 * in Chromium; this keeps at most one timer, which on firing early only waits for the rest.
 */
export function createPauseTimer(
  run: () => void,
  now: () => number = performance.now.bind(performance),
): PauseTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the armed timer fires. */
  let firesAt = 0;
  let dueAt = 0;
  const arm = (at: number): void => {
    firesAt = at;
    timer = setTimeout(fire, Math.max(0, at - now()));
  };
  const fire = (): void => {
    timer = undefined;
    if (now() < dueAt) arm(dueAt);
    else run();
  };
  return {
    poke: (delayMs) => {
      dueAt = now() + delayMs;
      if (timer !== undefined && firesAt <= dueAt) return;
      clearTimeout(timer);
      arm(dueAt);
    },
    cancel: () => {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
