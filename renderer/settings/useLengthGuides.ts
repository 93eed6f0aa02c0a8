import { useSyncExternalStore } from 'react';

export interface LengthGuides {
  headline: number;
  lede: number;
}

/** Desk defaults: a headline past 90 characters or a lede past 250 gets a warning. */
export const defaultLengthGuides: LengthGuides = { headline: 90, lede: 250 };

const storageKey = 'galley:lengthGuides';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: LengthGuides } | undefined;

function read(): LengthGuides {
  const raw = localStorage.getItem(storageKey);
  if (cached?.raw === raw) return cached.value;
  let value = defaultLengthGuides;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<LengthGuides>) : {};
    value = {
      headline: positiveOr(parsed.headline, defaultLengthGuides.headline),
      lede: positiveOr(parsed.lede, defaultLengthGuides.lede),
    };
  } catch {
    value = defaultLengthGuides;
  }
  cached = { raw, value };
  return value;
}

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The length guides, as set in settings (kept in this browser profile). */
export function useLengthGuides(): LengthGuides {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, read);
}

export function saveLengthGuides(guides: LengthGuides): void {
  localStorage.setItem(storageKey, JSON.stringify(guides));
  for (const listener of listeners) listener();
}
