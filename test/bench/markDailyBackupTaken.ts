import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from '../../electron/services/library/libraryBackups';

/**
 * Makes the day's automatic backup count as taken: a multi-gigabyte copy stepping in the
 * background is what the first launch of a day does, not what a page load or the view costs.
 * Returns the marker file, for the caller to remove afterwards.
 */
export function markDailyBackupTaken(library: string): string {
  const backups = backupsDir(library);
  fs.mkdirSync(backups, { recursive: true });
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const marker = path.join(backups, `library-backup-${stamp}.sqlite`);
  fs.writeFileSync(marker, '');
  return marker;
}
