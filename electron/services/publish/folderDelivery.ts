import { exportSite } from '../export/exportSite';
import { lockExportFolder } from '../export/sweepStagedFiles';
import type { Library } from '../library/openLibrary';
import type { DeliveryItem, DeliveryOutcome, TargetDelivery } from './targetDelivery';

export interface FolderOptions {
  folder: string;
  library: Library;
}

/**
 * The folder export as a target: publishing writes the article into the static site folder
 * (its page, ninjs and images; the index and manifest follow), unpublishing takes its files
 * out and drops it from the index. The same engine as `galley export`, one article at a time.
 */
export function createFolderDelivery(options: FolderOptions): TargetDelivery {
  const run = async (
    item: DeliveryItem,
    withdraw: boolean,
    signal: AbortSignal,
  ): Promise<DeliveryOutcome> => {
    const release = lockExportFolder(options.folder);
    try {
      const summary = await exportSite({
        outDir: options.folder,
        site: { baseUrl: item.siteUrl },
        publishAt: item.exportArticle.publishedAt ?? Date.now(),
        signal,
        source: {
          articles: () => (withdraw ? [] : [item.exportArticle]),
          readImage: (imageId) => options.library.images.get(imageId),
        },
        ...(withdraw ? { withdraw: new Set([item.article.id]) } : {}),
      });
      if (summary.cancelled) return { kind: 'retry', reason: 'the attempt timed out' };
      const [failure] = summary.failed;
      if (failure) return { kind: 'refused', reason: failure.message };
    } finally {
      release();
    }
    const uri = typeof item.ninjs['uri'] === 'string' ? item.ninjs['uri'] : '';
    return {
      kind: 'delivered',
      remote: { remoteId: item.article.id, url: withdraw ? '' : uri },
    };
  };
  return {
    deliver: (item, signal) => run(item, false, signal),
    takedown: (item, signal) => run(item, true, signal),
    test: () => {
      try {
        lockExportFolder(options.folder)();
        return Promise.resolve({ ok: true });
      } catch (error) {
        return Promise.resolve({
          ok: false,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
