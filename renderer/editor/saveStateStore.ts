/** Where the article's changes stand, as the save indicator shows it. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

/**
 * The autosave's state outside React state: a keystroke in a 20,000-word article moves it to
 * "saving", and no React component should render for that (the save indicator writes it).
 */
export interface SaveStateStore {
  get: () => SaveState;
  /** Keeps the state object when `next` gives the same one back: nothing renders then. */
  update: (next: (current: SaveState) => SaveState) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createSaveStateStore(initial: SaveState): SaveStateStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update: (next) => {
      const updated = next(state);
      if (updated === state) return;
      state = updated;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
