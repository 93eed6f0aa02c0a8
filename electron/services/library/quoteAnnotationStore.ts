import type { Database } from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import type {
  LedgerDecisionField,
  LedgerEntry,
  LedgerWriters,
} from '../../../shared/desk/articleLedger';
import type { OverrideEntry } from '../../../shared/desk/articleOverrides';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { collectQuoteAnchors } from '../../../shared/quotes/collectQuoteAnchors';
import { isSameQuoteWording } from '../../../shared/quotes/quoteWording';
import type {
  QuoteAnnotation,
  QuoteAnnotationPatch,
  QuoteHistoryEntry,
  QuoteVerdict,
} from '../../../shared/quotes/quoteAnnotationSchema';

interface AnnotationRow {
  id: string;
  article_id: string;
  state: QuoteAnnotation['state'];
  kind: QuoteAnnotation['kind'];
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  speaker: string;
  role: string;
  source_kind: QuoteAnnotation['sourceKind'];
  source_ref: string;
  source_timecode: string;
  verdict: QuoteVerdict;
  verdict_before_change: QuoteVerdict | null;
  checked_text: string | null;
  note: string;
  checked_by: string;
  checked_at: number | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface NewQuoteAnnotation {
  id: string;
  articleId: string;
  kind: QuoteAnnotation['kind'];
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  speaker?: string;
  role?: string;
}

const newOverrideId = monotonicFactory();

/** The ledger field whose writer made each change `applyLedgerEntry` records. */
const decisionFieldOf = {
  speaker: 'speaker',
  role: 'role',
  source_kind: 'sourceKind',
  source_ref: 'sourceRef',
  source_timecode: 'sourceTimecode',
  verdict: 'checkedBy',
  note: 'note',
} as const satisfies Record<string, LedgerDecisionField>;

/** Characters of context kept on each side, as a W3C TextQuoteSelector's prefix and suffix. */
export const quoteContextLength = 32;

/** The text just before and after a quotation, as its selector keeps them. */
export function quoteContext(
  text: string,
  start: number,
  end: number,
): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - quoteContextLength), start),
    suffix: text.slice(end, end + quoteContextLength),
  };
}

/**
 * The fact-check ledger. Every change is written to the annotation's history in the same
 * transaction, and `reconcile` keeps annotations honest after each edit of the body: new
 * wording of a checked quote drops its verdict to "changed", a deleted quote is kept as
 * orphaned, and an undo that brings the anchor back revives it.
 */
export class QuoteAnnotationStore {
  private readonly s: ReturnType<typeof prepare>;
  /** Told of each decision written (inside its transaction), so the desk's document follows. */
  onDecision: ((articleId: string, at: number) => void) | undefined;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
  }

  list(articleId: string): QuoteAnnotation[] {
    return this.s.list.all(articleId).map(toAnnotation);
  }

  get(id: string): QuoteAnnotation | undefined {
    const row = this.s.get.get(id);
    return row ? toAnnotation(row) : undefined;
  }

  create(input: NewQuoteAnnotation, actor: string, at: number): QuoteAnnotation {
    return this.insert(input, 'active', actor, at);
  }

  /** Records a suggestion the checker dismissed, so it is not offered again. */
  dismiss(
    input: Omit<NewQuoteAnnotation, 'speaker' | 'role'>,
    actor: string,
    at: number,
  ): QuoteAnnotation {
    return this.insert(input, 'dismissed', actor, at);
  }

  private insert(
    input: NewQuoteAnnotation,
    state: 'active' | 'dismissed',
    actor: string,
    at: number,
  ): QuoteAnnotation {
    return this.db.transaction(() => {
      this.s.insert.run({
        id: input.id,
        article_id: input.articleId,
        state,
        kind: input.kind,
        exact: input.exact,
        prefix: input.prefix,
        suffix: input.suffix,
        start_offset: input.start,
        end_offset: input.end,
        speaker: input.speaker ?? '',
        role: input.role ?? '',
        created_by: actor,
        at,
      });
      this.log(input.id, at, actor, state === 'active' ? 'created' : 'dismissed', {
        exact: input.exact,
        ...(state === 'active' ? { speaker: input.speaker ?? '' } : {}),
      });
      this.onDecision?.(input.articleId, at);
      return this.mustGet(input.id);
    })();
  }

  /**
   * Takes a quotation out of the ledger. The row stays, as a dismissed one, so the desk's
   * document (whose entries are never removed) carries the decision to every machine and the
   * history keeps who removed what; the panel and the gate no longer count it.
   */
  remove(id: string, actor: string, at: number): QuoteAnnotation | undefined {
    return this.db.transaction(() => {
      const current = this.s.get.get(id);
      if (!current || current.state === 'dismissed') return undefined;
      this.s.save.run({ ...current, state: 'dismissed', updated_at: at });
      this.log(id, at, actor, 'removed', { exact: current.exact });
      this.onDecision?.(current.article_id, at);
      return this.mustGet(id);
    })();
  }

  update(
    id: string,
    patch: QuoteAnnotationPatch,
    actor: string,
    at: number,
  ): QuoteAnnotation | undefined {
    return this.db.transaction(() => {
      const current = this.s.get.get(id);
      if (!current) return undefined;
      const next: AnnotationRow = {
        ...current,
        speaker: patch.speaker ?? current.speaker,
        role: patch.role ?? current.role,
        source_kind: patch.sourceKind ?? current.source_kind,
        source_ref: patch.sourceRef ?? current.source_ref,
        source_timecode: patch.sourceTimecode ?? current.source_timecode,
        note: patch.note ?? current.note,
        updated_at: at,
      };
      if (patch.verdict !== undefined) {
        next.verdict = patch.verdict;
        next.verdict_before_change = null;
        next.checked_text = patch.verdict === 'unchecked' ? null : current.exact;
        next.checked_by = patch.verdict === 'unchecked' ? '' : actor;
        next.checked_at = patch.verdict === 'unchecked' ? null : at;
      }
      this.s.save.run(next);
      const changes = Object.fromEntries(Object.entries(patch).filter(([key]) => key !== 'note'));
      // The note is private: the history records that it changed, not what it says.
      this.log(
        id,
        at,
        actor,
        'updated',
        patch.note !== undefined ? { ...changes, note: 'changed' } : changes,
      );
      this.onDecision?.(current.article_id, at);
      return this.mustGet(id);
    })();
  }

  /** Brings annotations in line with a new body. Call inside the save's transaction. */
  reconcile(
    articleId: string,
    body: TiptapNode,
    bodyText: string,
    actor: string,
    at: number,
  ): void {
    const rows = this.s.listOpen.all(articleId);
    // An article nobody has checked yet has no rows: no walk of the body for their anchors.
    if (rows.length === 0) return;
    const anchors = collectQuoteAnchors(body);
    for (const row of rows) {
      const anchor = anchors.get(row.id);
      if (!anchor) {
        if (row.state !== 'orphaned') {
          this.s.save.run({ ...row, state: 'orphaned', updated_at: at });
          this.log(row.id, at, actor, 'orphaned', { exact: row.exact });
        }
        continue;
      }
      const next: AnnotationRow = {
        ...row,
        state: 'active',
        exact: anchor.text,
        start_offset: anchor.start,
        end_offset: anchor.end,
        ...quoteContext(bodyText, anchor.start, anchor.end),
      };
      const isChecked = row.checked_text !== null;
      // The typograf's spaces, quote marks and dashes are not a change of what was said.
      const isSameWording =
        row.checked_text !== null && isSameQuoteWording(anchor.text, row.checked_text);
      if (isChecked && !isSameWording && row.verdict !== 'changed') {
        next.verdict_before_change = row.verdict;
        next.verdict = 'changed';
        this.log(row.id, at, actor, 'changed since check', {
          checked: row.checked_text,
          now: anchor.text,
          verdict: row.verdict,
        });
      } else if (row.verdict === 'changed' && isSameWording && row.verdict_before_change) {
        next.verdict = row.verdict_before_change;
        next.verdict_before_change = null;
        this.log(row.id, at, actor, 'wording restored', { verdict: next.verdict });
      }
      if (row.state === 'orphaned') this.log(row.id, at, actor, 'restored', { exact: anchor.text });
      if (!sameRow(row, next)) this.s.save.run({ ...next, updated_at: at });
    }
  }

  /** The article's annotations as the desk's document carries them: decisions, not derivations. */
  ledgerEntries(articleId: string): LedgerEntry[] {
    return this.s.list.all(articleId).map((row) => ({
      id: row.id,
      kind: row.kind,
      state: row.state === 'dismissed' ? 'dismissed' : 'active',
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      start: row.start_offset,
      end: row.end_offset,
      speaker: row.speaker,
      role: row.role,
      sourceKind: row.source_kind,
      sourceRef: row.source_ref,
      sourceTimecode: row.source_timecode,
      verdict: checkerVerdict(row),
      checkedText: row.checked_text,
      checkedBy: row.checked_by,
      checkedAt: row.checked_at,
      note: row.note,
      createdBy: row.created_by,
      createdAt: row.created_at,
    }));
  }

  /**
   * Takes another machine's decisions on an annotation (creating it when new here). The
   * caller reconciles with the merged body afterwards, which derives "changed since check".
   * History credits each change to the desk-verified writer of its field (`writers`), and to
   * `actor` where no desk stamped one.
   */
  applyLedgerEntry(
    articleId: string,
    entry: LedgerEntry,
    actor: string,
    at: number,
    writers: LedgerWriters = {},
  ): void {
    const current = this.s.get.get(entry.id);
    if (!current) {
      this.s.insert.run({
        id: entry.id,
        article_id: articleId,
        state: entry.state,
        kind: entry.kind,
        exact: entry.exact,
        prefix: entry.prefix,
        suffix: entry.suffix,
        start_offset: entry.start,
        end_offset: entry.end,
        speaker: entry.speaker,
        role: entry.role,
        created_by: entry.createdBy,
        at: entry.createdAt,
      });
      const creator = writers.createdBy ?? actor;
      this.log(entry.id, at, creator, entry.state === 'dismissed' ? 'dismissed' : 'created', {
        exact: entry.exact,
      });
    }
    const row = this.s.get.get(entry.id);
    if (!row) return;
    const next: AnnotationRow = {
      ...row,
      state:
        entry.state === 'dismissed'
          ? 'dismissed'
          : row.state === 'dismissed'
            ? 'active'
            : row.state,
      speaker: entry.speaker,
      role: entry.role,
      source_kind: entry.sourceKind,
      source_ref: entry.sourceRef,
      source_timecode: entry.sourceTimecode,
      note: entry.note,
    };
    // A new check of the same wording (another checker, another day) is a new decision too.
    const isNewVerdict =
      entry.verdict !== checkerVerdict(row) ||
      entry.checkedText !== row.checked_text ||
      entry.checkedAt !== row.checked_at;
    if (isNewVerdict) {
      next.verdict = entry.verdict;
      next.verdict_before_change = null;
      next.checked_text = entry.checkedText;
      next.checked_at = entry.checkedAt;
    }
    // Also for a check already here: this machine's own edits carry its local login until the
    // desk has stamped who made them; from then on every machine shows the verified name.
    next.checked_by = entry.checkedBy;
    next.created_by = entry.createdBy;
    if (sameRow(row, next)) return;
    const changes: Partial<Record<keyof typeof decisionFieldOf, unknown>> = {};
    for (const key of [
      'speaker',
      'role',
      'source_kind',
      'source_ref',
      'source_timecode',
    ] as const) {
      if (row[key] !== next[key]) changes[key] = next[key];
    }
    if (isNewVerdict) changes.verdict = entry.verdict;
    if (row.note !== next.note) changes.note = 'changed';
    this.s.save.run({ ...next, updated_at: at });
    const changed = Object.keys(changes) as Array<keyof typeof decisionFieldOf>;
    if (changed.length === 0) return;
    const people = new Set(changed.map((key) => writers[decisionFieldOf[key]] ?? actor));
    this.log(entry.id, at, [...people].join(', '), 'updated', changes);
  }

  /** Everyone quoted anywhere in the library, for the checker's speaker suggestions. */
  speakers(): string[] {
    return this.s.speakers.all().map((row) => row.speaker);
  }

  history(id: string): QuoteHistoryEntry[] {
    return this.s.history.all(id).map((row) => ({
      at: row.at,
      actor: row.actor,
      action: row.action,
      details: JSON.parse(row.details_json) as Record<string, unknown>,
    }));
  }

  /**
   * Logs who let an article through the publish gate, when, why, and over which quotes. A
   * decision like a verdict: the desk's document follows.
   */
  logOverride(articleId: string, override: Omit<OverrideEntry, 'id'>): void {
    this.db.transaction(() => {
      this.insertOverride(articleId, { id: newOverrideId(override.at), ...override });
      this.onDecision?.(articleId, override.at);
    })();
  }

  /**
   * Takes an override given on another machine, once: the same override taken in again (each
   * re-sync reads the whole document) is ignored.
   */
  applyOverride(articleId: string, override: OverrideEntry): void {
    this.insertOverride(articleId, override);
  }

  /** The article's overrides as the desk's document carries them. */
  overrideEntries(articleId: string): OverrideEntry[] {
    return this.s.overrideEntries.all(articleId).map((row) => ({
      id: row.uid,
      at: row.at,
      actor: row.actor,
      reason: row.reason,
      bodyHash: row.body_hash,
      openQuotes: JSON.parse(row.open_quotes_json) as unknown[],
    }));
  }

  private insertOverride(articleId: string, override: OverrideEntry): void {
    this.s.insertOverride.run(
      override.id,
      articleId,
      override.at,
      override.actor,
      override.reason,
      override.bodyHash,
      JSON.stringify(override.openQuotes),
    );
  }

  overrides(
    articleId: string,
  ): Array<{ at: number; actor: string; reason: string; bodyHash: string }> {
    return this.s.overrides.all(articleId).map((row) => ({
      at: row.at,
      actor: row.actor,
      reason: row.reason,
      bodyHash: row.body_hash,
    }));
  }

  private log(
    id: string,
    at: number,
    actor: string,
    action: string,
    details: Record<string, unknown>,
  ): void {
    this.s.log.run(id, at, actor, action, JSON.stringify(details));
  }

  private mustGet(id: string): QuoteAnnotation {
    const annotation = this.get(id);
    if (!annotation) throw new Error(`annotation ${id} vanished inside its own transaction`);
    return annotation;
  }
}

/** The verdict a person gave, under a "changed" that the library derived from new wording. */
function checkerVerdict(row: AnnotationRow): LedgerEntry['verdict'] {
  if (row.verdict !== 'changed') return row.verdict;
  return row.verdict_before_change && row.verdict_before_change !== 'changed'
    ? row.verdict_before_change
    : 'unchecked';
}

function sameRow(a: AnnotationRow, b: AnnotationRow): boolean {
  return (Object.keys(a) as Array<keyof AnnotationRow>).every((key) => a[key] === b[key]);
}

function toAnnotation(row: AnnotationRow): QuoteAnnotation {
  return {
    id: row.id,
    articleId: row.article_id,
    state: row.state,
    kind: row.kind,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start_offset,
    end: row.end_offset,
    speaker: row.speaker,
    role: row.role,
    sourceKind: row.source_kind,
    sourceRef: row.source_ref,
    sourceTimecode: row.source_timecode,
    verdict: row.verdict,
    checkedText: row.checked_text,
    note: row.note,
    checkedBy: row.checked_by,
    checkedAt: row.checked_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function prepare(db: Database) {
  const columns = '*';
  return {
    list: db.prepare<[string], AnnotationRow>(
      `SELECT ${columns} FROM quote_annotations WHERE article_id = ? ORDER BY state = 'dismissed', start_offset, created_at`,
    ),
    listOpen: db.prepare<[string], AnnotationRow>(
      `SELECT ${columns} FROM quote_annotations WHERE article_id = ? AND state IN ('active', 'orphaned')`,
    ),
    get: db.prepare<[string], AnnotationRow>(
      `SELECT ${columns} FROM quote_annotations WHERE id = ?`,
    ),
    insert: db.prepare<[Record<string, unknown>]>(
      `INSERT INTO quote_annotations (id, article_id, state, kind, exact, prefix, suffix, start_offset,
         end_offset, speaker, role, created_by, created_at, updated_at)
       VALUES (@id, @article_id, @state, @kind, @exact, @prefix, @suffix, @start_offset, @end_offset,
         @speaker, @role, @created_by, @at, @at)`,
    ),
    save: db.prepare<[AnnotationRow]>(
      `UPDATE quote_annotations SET state = @state, exact = @exact, prefix = @prefix, suffix = @suffix,
         start_offset = @start_offset, end_offset = @end_offset, speaker = @speaker, role = @role,
         source_kind = @source_kind, source_ref = @source_ref, source_timecode = @source_timecode,
         verdict = @verdict, verdict_before_change = @verdict_before_change, checked_text = @checked_text,
         note = @note, checked_by = @checked_by, checked_at = @checked_at, created_by = @created_by,
         updated_at = @updated_at
       WHERE id = @id`,
    ),
    log: db.prepare<[string, number, string, string, string]>(
      'INSERT INTO quote_annotation_history (annotation_id, at, actor, action, details_json) VALUES (?, ?, ?, ?, ?)',
    ),
    insertOverride: db.prepare<[string, string, number, string, string, string, string]>(
      `INSERT INTO publish_overrides (uid, article_id, at, actor, reason, body_hash, open_quotes_json)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING`,
    ),
    overrides: db.prepare<
      [string],
      { at: number; actor: string; reason: string; body_hash: string }
    >(
      'SELECT at, actor, reason, body_hash FROM publish_overrides WHERE article_id = ? ORDER BY at DESC, id DESC',
    ),
    overrideEntries: db.prepare<
      [string],
      {
        uid: string;
        at: number;
        actor: string;
        reason: string;
        body_hash: string;
        open_quotes_json: string;
      }
    >(
      'SELECT uid, at, actor, reason, body_hash, open_quotes_json FROM publish_overrides WHERE article_id = ? ORDER BY at, id',
    ),
    speakers: db.prepare<[], { speaker: string }>(
      "SELECT DISTINCT speaker FROM quote_annotations WHERE state = 'active' AND speaker <> '' ORDER BY speaker",
    ),
    history: db.prepare<
      [string],
      { at: number; actor: string; action: string; details_json: string }
    >(
      'SELECT at, actor, action, details_json FROM quote_annotation_history WHERE annotation_id = ? ORDER BY id',
    ),
  };
}
