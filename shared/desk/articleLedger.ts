import * as Y from 'yjs';
import type { QuoteAnnotation, QuoteVerdict } from '../quotes/quoteAnnotationSchema';

/**
 * One fact-check annotation as it travels between machines: what people decided (speaker,
 * source, verdict and the wording it was given for, the private note), never what a machine
 * derives from the body. "Changed since check" is derived on each machine from the merged body
 * and `checkedText`, so every machine reaches it from the same merged facts.
 */
export interface LedgerEntry {
  id: string;
  kind: QuoteAnnotation['kind'];
  /** `dismissed` for a suggestion the checker turned down; otherwise `active`. */
  state: 'active' | 'dismissed';
  /** Where the quotation stood when it was annotated (a dismissed suggestion has no anchor). */
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  speaker: string;
  role: string;
  sourceKind: QuoteAnnotation['sourceKind'];
  sourceRef: string;
  sourceTimecode: string;
  /** The checker's verdict; never `changed`. */
  verdict: Exclude<QuoteVerdict, 'changed'>;
  checkedText: string | null;
  checkedBy: string;
  checkedAt: number | null;
  note: string;
  createdBy: string;
  createdAt: number;
}

export const articleLedgerKey = 'quotes';

/** Set once, when the annotation is created: each machine keeps the anchor's position itself. */
const placementFields = [
  'kind',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'createdBy',
  'createdAt',
] as const;
/** People's decisions: merged field by field, the last writer of each field wins. */
const decisionFields = [
  'state',
  'speaker',
  'role',
  'sourceKind',
  'sourceRef',
  'sourceTimecode',
  'verdict',
  'checkedText',
  'checkedBy',
  'checkedAt',
  'note',
] as const;

/**
 * Brings the document's ledger to these entries, field by field, so a verdict set on one
 * machine and a speaker corrected on another both survive. Entries are never removed: an
 * annotation whose quotation is deleted stays in the ledger as the library keeps it.
 */
export function writeArticleLedger(doc: Y.Doc, entries: readonly LedgerEntry[]): void {
  const ledger = doc.getMap<Y.Map<unknown>>(articleLedgerKey);
  for (const entry of entries) {
    let fields = ledger.get(entry.id);
    if (!(fields instanceof Y.Map)) {
      fields = new Y.Map<unknown>();
      ledger.set(entry.id, fields);
      for (const key of placementFields) fields.set(key, entry[key]);
    }
    for (const key of decisionFields) {
      if (fields.get(key) !== entry[key]) fields.set(key, entry[key]);
    }
  }
}

/** The merged ledger, oldest annotation first. */
export function readArticleLedger(doc: Y.Doc): LedgerEntry[] {
  const ledger = doc.getMap<Y.Map<unknown>>(articleLedgerKey);
  const entries: LedgerEntry[] = [];
  for (const [id, fields] of ledger.entries()) {
    if (!(fields instanceof Y.Map)) continue;
    entries.push({ id, ...(fields.toJSON() as Omit<LedgerEntry, 'id'>) });
  }
  return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
