import path from 'node:path';
import { articleIdSchema, articleStatusSchema } from '../../../shared/article/articleSchema';
import { siteAddressSchema } from '../../../shared/export/siteAddressSchema';
import { runLibraryExport } from '../../services/export/runLibraryExport';
import type { ExportSelection } from '../../services/export/selectArticlesForExport';
import { readLibrarySetting, writeLibrarySetting } from '../../services/library/librarySettings';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';
import { actorIn } from '../actorIn';

/**
 * `galley export --out DIR [--status S | --all | --ids A,B] [--rubric R] [--since DATE]
 * [--base-url URL] [--force] [--no-mark] [--allow-unverified] [--json]`.
 */
export function exportCommand(context: CliContext): Promise<number> {
  const { flags, io } = context;
  if (!flags.out)
    throw new CliError(
      'usage: galley export --out DIR [--base-url URL] [--status ready | --all | --ids A,B]',
      2,
    );
  const selection = parseSelection(context);
  return withLibrary(
    context,
    async (library) => {
      const baseUrl = flags.baseUrl ?? readLibrarySetting(library.db, 'export.baseUrl');
      if (!baseUrl)
        throw new CliError(
          'no site address: pass --base-url https://your.site (it is remembered)',
          2,
        );
      if (!siteAddressSchema.safeParse(baseUrl).success)
        throw new CliError(`--base-url must be an http(s) address, not "${baseUrl}"`, 2);
      if (flags.baseUrl) writeLibrarySetting(library.db, 'export.baseUrl', flags.baseUrl);
      const showProgress = !flags.json && process.stderr.isTTY;
      const summary = await runLibraryExport(library, {
        outDir: path.resolve(flags.out!),
        baseUrl,
        selection,
        actor: actorIn(context, library),
        force: flags.force,
        markPublished: !flags.noMark,
        allowUnverified: flags.allowUnverified,
        ...(showProgress
          ? { onProgress: (done, total) => io.stderr(`\r${progressBar(done, total)}`) }
          : {}),
      });
      if (showProgress) io.stderr('\n');
      const result = {
        written: summary.written,
        unchanged: summary.unchanged,
        failed: summary.failed.length,
        blocked: summary.blocked,
      };
      if (flags.json) {
        printJson(context, {
          ...result,
          removed: summary.removed,
          published: summary.published,
          failures: summary.failed,
          outDir: summary.outDir,
        });
      } else {
        io.stdout(
          `${summary.written} written, ${summary.unchanged} unchanged, ${summary.failed.length} failed, ${summary.blocked.length} held back by the quote check → ${summary.outDir}\n`,
        );
        for (const failure of summary.failed)
          io.stderr(`galley: ${failure.id}: ${failure.message}\n`);
        for (const held of summary.blocked)
          io.stderr(`galley: held back ${held.id}: ${held.reason}\n`);
        if (summary.written === 0 && summary.failed.length === 0)
          io.stdout('Nothing changed since the last export.\n');
      }
      return summary.failed.length ? 1 : 0;
      // The library is checked beside the export (8 s at 100,000 articles), which publishes
      // nothing before the check passed and refuses, leaving the site as it was, on damage.
    },
    'alongside',
  );
}

/** `--status S | --all | --ids A,B`, `--rubric R`, `--since DATE`: which articles (export, publish). */
export function parseSelection(context: CliContext): ExportSelection {
  const { flags } = context;
  const choices = [flags.status !== undefined, flags.all, flags.ids !== undefined].filter(
    Boolean,
  ).length;
  if (choices > 1) throw new CliError('choose one of --status, --all and --ids', 2);
  const selection: ExportSelection = {};
  if (flags.all) selection.all = true;
  if (flags.status !== undefined) {
    const status = articleStatusSchema.safeParse(flags.status);
    if (!status.success) throw new CliError(`"${flags.status}" is not a status`, 2);
    selection.status = status.data;
  }
  if (flags.ids !== undefined) {
    const ids = flags.ids
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const bad = ids.find((id) => !articleIdSchema.safeParse(id).success);
    if (bad) throw new CliError(`"${bad}" is not an article id`, 2);
    selection.ids = ids;
  }
  if (flags.rubric !== undefined) selection.rubric = flags.rubric;
  if (flags.since !== undefined) {
    const since = Date.parse(flags.since);
    if (Number.isNaN(since))
      throw new CliError(`--since takes a date like 2026-11-01, not "${flags.since}"`, 2);
    selection.since = since;
  }
  return selection;
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}
