import { useSyncExternalStore } from 'react';

const storageKey = 'galley:spellCheck';
const listeners = new Set<() => void>();

/** Whether misspellings are underlined (on unless turned off in settings, kept in this profile). */
export function isSpellCheckOn(): boolean {
  return localStorage.getItem(storageKey) !== 'off';
}

export function setSpellCheckOn(on: boolean): void {
  localStorage.setItem(storageKey, on ? 'on' : 'off');
  for (const listener of listeners) listener();
}

export function subscribeSpellCheckSetting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSpellCheckOn(): boolean {
  return useSyncExternalStore(subscribeSpellCheckSetting, isSpellCheckOn);
}
