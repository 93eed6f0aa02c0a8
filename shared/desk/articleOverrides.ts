import type * as Y from 'yjs';
import { verifiedWriter } from './verifiedWriter';

/**
 * A publish-gate override as it travels between machines: a person let the article through with
 * open quotations, for the body text whose hash it holds, so every machine's gate honours it for
 * that text and no other.
 */
export interface OverrideEntry {
  /** The same on every machine, so taking it in twice adds it once. */
  id: string;
  at: number;
  /** Who the logging machine said it was; stands only until a desk has stamped its writer. */
  actor: string;
  reason: string;
  /** SHA-256 of the body text the override was given for. */
  bodyHash: string;
  /** The quotations that were open, as the gate listed them. */
  openQuotes: unknown[];
}

/**
 * Overrides are decisions nobody edits afterwards: a map from override id to its entry, each
 * written once. A map rather than a list, so the writer of each entry is read the way the
 * ledger's are (`verifiedWriter`) and a re-sent entry lands on its own key.
 */
export const articleOverridesKey = 'publishOverrides';

/** Adds the overrides the document does not hold yet; those it holds are left as written. */
export function writeArticleOverrides(doc: Y.Doc, entries: readonly OverrideEntry[]): void {
  const overrides = doc.getMap<unknown>(articleOverridesKey);
  for (const { id, ...fields } of entries) {
    if (!overrides.has(id)) overrides.set(id, fields);
  }
}

/**
 * The merged overrides, oldest first, each credited to the person the desk verified for the
 * client that wrote it (the claimed actor only where no desk has stamped that client).
 */
export function readArticleOverrides(doc: Y.Doc): OverrideEntry[] {
  const overrides = doc.getMap<unknown>(articleOverridesKey);
  const entries: OverrideEntry[] = [];
  for (const [id, value] of overrides.entries()) {
    if (!isOverrideFields(value)) continue;
    entries.push({ id, ...value, actor: verifiedWriter(overrides, id) ?? value.actor });
  }
  return entries.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

function isOverrideFields(value: unknown): value is Omit<OverrideEntry, 'id'> {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return (
    typeof fields.at === 'number' &&
    typeof fields.actor === 'string' &&
    typeof fields.reason === 'string' &&
    fields.reason.length > 0 &&
    typeof fields.bodyHash === 'string' &&
    Array.isArray(fields.openQuotes)
  );
}
