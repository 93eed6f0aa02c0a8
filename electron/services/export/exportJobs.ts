import { randomUUID } from 'node:crypto';
import { systemCodeOf, type ExportJobFailure } from '../../../shared/export/exportFailure';
import { ruleFailures } from '../../../shared/rules/ruleFailure';
import { ApiFailure } from '../api/apiFailure';
import { LibraryError } from '../library/libraryError';
import type { Library } from '../library/openLibrary';
import {
  runLibraryExport,
  type LibraryExportOptions,
  type LibraryExportSummary,
} from './runLibraryExport';
import { UnsafeOutputPathError } from './safeOutputPath';

export interface ExportJobStatus {
  state: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  current: string;
  summary: LibraryExportSummary | null;
  error: string | null;
  failure: ExportJobFailure | null;
}

interface Job {
  status: ExportJobStatus;
  controller: AbortController;
}

/**
 * Exports run in the background of the server so the window can show progress and a
 * cancel button; one at a time, since two exports to one folder would fight.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly library: Library) {}

  start(options: Omit<LibraryExportOptions, 'signal' | 'onProgress'>): string {
    if ([...this.jobs.values()].some((job) => job.status.state === 'running')) {
      throw ApiFailure.fromRule(ruleFailures.exportRunning());
    }
    const id = randomUUID();
    const job: Job = {
      controller: new AbortController(),
      status: {
        state: 'running',
        done: 0,
        total: 0,
        current: '',
        summary: null,
        error: null,
        failure: null,
      },
    };
    this.jobs.set(id, job);
    runLibraryExport(this.library, {
      ...options,
      signal: job.controller.signal,
      onProgress: (done, total, current) => {
        job.status = { ...job.status, done, total, current: current ?? '' };
      },
    }).then(
      (summary) => {
        job.status = { ...job.status, state: summary.cancelled ? 'cancelled' : 'done', summary };
      },
      (error: unknown) => {
        job.status = {
          ...job.status,
          state: 'failed',
          error: error instanceof Error ? error.message : String(error),
          failure: jobFailureOf(error),
        };
      },
    );
    return id;
  }

  status(id: string): ExportJobStatus | undefined {
    return this.jobs.get(id)?.status;
  }

  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || job.status.state !== 'running') return false;
    job.controller.abort();
    return true;
  }
}

function jobFailureOf(error: unknown): ExportJobFailure {
  const systemCode = systemCodeOf(error);
  if (error instanceof UnsafeOutputPathError)
    return { problem: 'unsafe_output_folder', systemCode };
  if (error instanceof LibraryError && error.code === 'damaged')
    return { problem: 'library_damaged', systemCode };
  return { problem: systemCode ? 'file_system' : 'internal', systemCode };
}
