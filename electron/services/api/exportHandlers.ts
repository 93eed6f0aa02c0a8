import path from 'node:path';
import { ExportJobs } from '../export/exportJobs';
import { readLibrarySetting, writeLibrarySetting } from '../library/librarySettings';
import type { ActorOf } from '../identity/workstationIdentity';
import type { Library } from '../library/openLibrary';
import { ApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

type ExportChannels = 'export:settings' | 'export:start' | 'export:status' | 'export:cancel';

/** The export dialog's calls: the same engine as `galley export`, as a cancellable job. */
export function createExportHandlers(
  library: Library,
  actor: ActorOf,
): Pick<ApiHandlers, ExportChannels> {
  const jobs = new ExportJobs(library);
  return {
    'export:settings': () => ({
      outDir:
        readLibrarySetting(library.db, 'export.outDir') ??
        path.join(path.dirname(library.path), 'site'),
      baseUrl: readLibrarySetting(library.db, 'export.baseUrl') ?? '',
    }),
    'export:start': ({ selection, outDir, baseUrl, force, allowUnverified, markPublished }) => {
      const resolved = path.resolve(outDir);
      writeLibrarySetting(library.db, 'export.outDir', resolved);
      writeLibrarySetting(library.db, 'export.baseUrl', baseUrl);
      const jobId = jobs.start({
        outDir: resolved,
        baseUrl,
        selection,
        actor: actor(),
        force,
        allowUnverified,
        markPublished,
      });
      return { jobId };
    },
    'export:status': ({ jobId }) => {
      const status = jobs.status(jobId);
      if (!status) throw new ApiFailure('not_found', `No export job ${jobId}.`);
      return status;
    },
    'export:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
