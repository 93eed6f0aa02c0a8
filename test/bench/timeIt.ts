/** Milliseconds one call takes, and its value. */
export function timeIt<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}
