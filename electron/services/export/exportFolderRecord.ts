import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RuleFailure } from '../../../shared/rules/ruleFailure';
import type { SiteConfig } from '../../../shared/export/exportTypes';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { exportFingerprint } from './articleInputHash';
import { manifestFileName } from './exportManifest';
import { normalizeSiteConfig } from './normalizeSiteConfig';
import type { ExportSelection } from './selectArticlesForExport';

/**
 * What the last complete export to a folder left behind, as far as telling that the next one
 * has nothing to do goes.
 */
export interface ExportFolderRecord {
  /** The site, typography, renderers, selection and publish gate the export ran with. */
  optionsKey: string;
  /** The library's change number (`export_changes`) when the export listed its articles. */
  changeNumber: number;
  /** The export's clock when a page shows it (an article not yet published); else null. */
  clock: number | null;
  /** Exported articles left unpublished (the export did not mark them). */
  unpublished: number;
  /** Articles exported (written or unchanged): the folder's entries (`exportFolderEntries`). */
  exported: number;
  /**
   * Entries of the manifest whose article the export did not list (kept from an earlier
   * export); absent in records written before the folder's entries were kept.
   */
  kept?: number;
  blocked: Array<{ id: string; headline: string; reason: string; rule: RuleFailure }>;
  /** {@link folderSignature} of the folder once written. */
  folder: string;
}

/** The library's latest change to anything an export reads. */
export function exportChangeNumber(db: Database): number {
  return db
    .prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM export_changes')
    .get()!.seq;
}

/** Everything about an export's options that reaches a page or decides what is exported. */
export function exportOptionsKey(
  site: SiteConfig,
  selection: ExportSelection,
  allowUnverified: boolean,
): string {
  const fingerprint = exportFingerprint(normalizeSiteConfig(site), applyTypography);
  return createHash('sha256')
    .update(JSON.stringify([fingerprint, selection, allowUnverified]))
    .digest('hex');
}

function identity(stats: fs.BigIntStats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/**
 * The folder as far as a glance can tell: the manifest and the index (any edit, replacement
 * or removal changes their inode, size or times) and every folder directly inside it (an
 * article folder added, removed or renamed in a rubric changes the rubric folder's times).
 * A file edited in place inside an article folder is not seen: that needs `--force`.
 * Undefined when the folder or its manifest is missing.
 */
export function folderSignature(outDir: string): string | undefined {
  try {
    const parts = [manifestFileName, 'index.html'].map((name) =>
      identity(fs.statSync(path.join(outDir, name), { bigint: true })),
    );
    const folders = fs
      .readdirSync(outDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of folders) {
      parts.push(`${name}=${identity(fs.statSync(path.join(outDir, name), { bigint: true }))}`);
    }
    return parts.join('\n');
  } catch {
    return undefined;
  }
}

/** The record of the last complete export to `outDir` (a real path), if any. */
export function readExportFolderRecord(
  db: Database,
  outDir: string,
): ExportFolderRecord | undefined {
  const row = db
    .prepare<[string], { state_json: string }>(
      'SELECT state_json FROM export_folders WHERE out_dir = ?',
    )
    .get(outDir);
  if (!row) return undefined;
  try {
    return JSON.parse(row.state_json) as ExportFolderRecord;
  } catch {
    return undefined;
  }
}

/** Remembers a complete export to `outDir`, or forgets the folder (undefined). */
export function writeExportFolderRecord(
  db: Database,
  outDir: string,
  record: ExportFolderRecord | undefined,
): void {
  if (record === undefined) {
    db.prepare<[string]>('DELETE FROM export_folders WHERE out_dir = ?').run(outDir);
    return;
  }
  db.prepare<[string, string]>(
    `INSERT INTO export_folders (out_dir, state_json) VALUES (?, ?)
     ON CONFLICT (out_dir) DO UPDATE SET state_json = excluded.state_json`,
  ).run(outDir, JSON.stringify(record));
}
