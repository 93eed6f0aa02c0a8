import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** Quiet time after the last call before the refetch: longer than the autosave's save interval. */
const pauseMs = 1500;
const idleTimeoutMs = 1000;

interface Pending {
  timer: ReturnType<typeof setTimeout> | undefined;
  idle: number | undefined;
}

const pendingByClient = new WeakMap<QueryClient, Map<string, Pending>>();

function pendingOf(queryClient: QueryClient): Map<string, Pending> {
  let pending = pendingByClient.get(queryClient);
  if (!pending) {
    pending = new Map();
    pendingByClient.set(queryClient, pending);
  }
  return pending;
}

/**
 * Marks `queryKey` stale at once, and refetches it (if shown) once calls stop for a pause and
 * the browser is idle: a save every second while someone types then costs one refetch, after
 * the typing, instead of one per save. A mounting reader refetches a stale answer as usual.
 */
export function refetchAtPause(queryClient: QueryClient, queryKey: QueryKey): void {
  void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
  const pending = pendingOf(queryClient);
  const name = JSON.stringify(queryKey);
  const entry = pending.get(name) ?? { timer: undefined, idle: undefined };
  cancel(entry);
  pending.set(name, entry);
  entry.timer = setTimeout(() => {
    entry.timer = undefined;
    entry.idle = requestIdleCallback(
      () => {
        pending.delete(name);
        void queryClient.invalidateQueries({ queryKey });
      },
      { timeout: idleTimeoutMs },
    );
  }, pauseMs);
}

/** Refetches `queryKey` now (if shown), dropping a refetch that waited for a pause. */
export function refetchNow(queryClient: QueryClient, queryKey: QueryKey): void {
  const pending = pendingOf(queryClient);
  const name = JSON.stringify(queryKey);
  const entry = pending.get(name);
  if (entry) {
    cancel(entry);
    pending.delete(name);
  }
  void queryClient.invalidateQueries({ queryKey });
}

function cancel(entry: Pending): void {
  clearTimeout(entry.timer);
  if (entry.idle !== undefined) cancelIdleCallback(entry.idle);
  entry.timer = undefined;
  entry.idle = undefined;
}
