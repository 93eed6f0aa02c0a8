import { z } from 'zod';

/**
 * Why an article (or the site's own files) could not be exported, as a code each interface
 * words in its own language; `message` keeps the English detail for the CLI and logs.
 */
export const exportProblems = [
  /** The selection named the same article twice. */
  'duplicate_article',
  'article_without_id',
  /** Its page could not be prepared: a missing or disguised image, a path outside the folder. */
  'article_not_prepared',
  /** Its files could not be written (disk full, no permission). */
  'files_not_written',
  /** `index.html` / `manifest.json` could not be written. */
  'site_files_not_written',
] as const;

export const exportFailureSchema = z.object({
  id: z.string(),
  problem: z.enum(exportProblems),
  /** The operating system's error code (ENOSPC, EACCES…), when the file system refused. */
  systemCode: z.string().nullable(),
  message: z.string(),
});
export type ExportFailure = z.infer<typeof exportFailureSchema>;
export type ExportProblem = ExportFailure['problem'];

/** An export failure from what was thrown (or from a plain English message). */
export function exportFailure(id: string, problem: ExportProblem, error: unknown): ExportFailure {
  return {
    id,
    problem,
    systemCode: systemCodeOf(error),
    message: error instanceof Error ? error.message : String(error),
  };
}

/** The `code` Node puts on a file-system error (`ENOSPC`), else null. */
export function systemCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

/** Why a whole export stopped before its summary. */
export const exportJobFailureSchema = z.object({
  problem: z.enum(['unsafe_output_folder', 'library_damaged', 'file_system', 'internal']),
  systemCode: z.string().nullable(),
});
export type ExportJobFailure = z.infer<typeof exportJobFailureSchema>;
