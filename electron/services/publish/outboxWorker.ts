import type { ActorOf } from '../identity/workstationIdentity';
import type { PublishService } from './publishService';

/**
 * Delivers the outbox in the background of a long-running process (the app, `galley serve`):
 * what is due goes at once, and the worker sleeps until the next item is due (at most a
 * second, so items queued by another process are seen).
 */
export function startOutboxWorker(
  service: PublishService,
  /** Who deliveries are recorded under, asked on each round (the name may change meanwhile). */
  actor: ActorOf,
  log: (line: string) => void = () => undefined,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = (): void => {
    running = (async () => {
      try {
        while (!stopped && (await service.deliverDue(actor())) > 0) {
          /* keep going while items are due */
        }
      } catch (error) {
        log(`galley: publishing: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (stopped) return;
      const next = service.nextDueAt();
      const wait = next === null ? 1_000 : Math.min(Math.max(next - Date.now(), 50), 1_000);
      timer = setTimeout(tick, wait);
    })();
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
