import * as Y from 'yjs';
import type { QuoteAnnotation, QuoteVerdict } from '../quotes/quoteAnnotationSchema';
import { verifiedWriter } from './verifiedWriter';

/**
 * One fact-check annotation as it travels between machines: what people decided (speaker,
 * source, verdict and the wording it was given for, the private note), never what a machine
 * derives from the body. "Changed since check" is derived on each machine from the merged body
 * and `checkedText`, so every machine reaches it from the same merged facts.
 */
export interface LedgerEntry {
  id: string;
  kind: QuoteAnnotation['kind'];
  /**
   * `dismissed` for a suggestion the checker turned down, or a quotation marked by hand and then
   * removed; otherwise `active`.
   */
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
/**
 * A check is one decision: its fields are written together whenever one of them changes, so
 * the writer of `checkedBy` is always the writer of the verdict it names.
 */
const checkFields = ['verdict', 'checkedText', 'checkedBy', 'checkedAt'] as const;
/** People's decisions: merged field by field, the last writer of each field wins. */
const decisionFields = [
  'state',
  'speaker',
  'role',
  'sourceKind',
  'sourceRef',
  'sourceTimecode',
  'note',
] as const;

/** A ledger field that records a decision, and so has a person who made it. */
export type LedgerDecisionField =
  (typeof decisionFields)[number] | (typeof checkFields)[number] | 'createdBy';

/** Who the desk verified as the writer of each decision field; absent where no desk stamped it. */
export type LedgerWriters = Partial<Record<LedgerDecisionField, string>>;

/** An entry with the people in it as the desk verified them, and who wrote each decision. */
export interface VerifiedLedgerEntry {
  entry: LedgerEntry;
  writers: LedgerWriters;
}

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
    if (checkFields.some((key) => fields.get(key) !== entry[key])) {
      for (const key of checkFields) fields.set(key, entry[key]);
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

/**
 * The merged ledger with `checkedBy` and `createdBy` taken from who wrote them, as the desk
 * verified it from their token (`deskAuthors`), not from the names the writers put there. A
 * claimed name stands only for content no desk has stamped: a workstation's own edits not
 * pushed yet, which are its local user's.
 */
export function readVerifiedLedger(doc: Y.Doc): VerifiedLedgerEntry[] {
  const ledger = doc.getMap<Y.Map<unknown>>(articleLedgerKey);
  return readArticleLedger(doc).map((entry) => {
    const fields = ledger.get(entry.id);
    const writers: LedgerWriters = {};
    if (!(fields instanceof Y.Map)) return { entry, writers };
    for (const key of [...decisionFields, ...checkFields, 'createdBy'] as const) {
      const name = verifiedWriter(fields, key);
      if (name !== null) writers[key] = name;
    }
    return {
      entry: {
        ...entry,
        // Setting a quote back to unchecked names no checker.
        checkedBy: entry.verdict === 'unchecked' ? '' : (writers.checkedBy ?? entry.checkedBy),
        createdBy: writers.createdBy ?? entry.createdBy,
      },
      writers,
    };
  });
}
