import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeApiError } from '../api/describeApiError';
import { useApiClient } from '../api/ApiClientContext';
import { encodeBase64 } from '../api/encodeBase64';
import { invalidateLibrary } from '../api/updateArticleCache';

export interface ImportReport {
  imported: Array<{
    id: string;
    fileName: string;
    headline: string;
    lede: string;
    isHeadlineGuessed: boolean;
  }>;
  errors: string[];
}

interface ImportItem {
  name: string;
  bytes: Uint8Array;
}

/**
 * Imports files (or pasted text) one by one through the API, collecting a report; the last
 * article imported is opened, and the library's lists are refetched once for the batch.
 */
export function useImportFiles(onImported: (lastId: string) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const batch = useMutation({
    mutationFn: async (items: ImportItem[]): Promise<ImportReport> => {
      const report: ImportReport = { imported: [], errors: [] };
      for (const item of items) {
        const result = await client.call('articles:import', {
          fileName: item.name,
          dataBase64: encodeBase64(item.bytes),
        });
        if (result.ok)
          report.imported.push({
            id: result.value.id,
            fileName: item.name,
            headline: result.value.headline,
            lede: result.value.lede,
            isHeadlineGuessed: result.value.isHeadlineGuessed,
          });
        else report.errors.push(describeApiError(result.error));
      }
      return report;
    },
    onSuccess: (report) => {
      if (report.imported.length > 0) invalidateLibrary(queryClient);
      const last = report.imported.at(-1);
      if (last) onImported(last.id);
    },
  });

  const importFiles = async (files: FileList | File[]): Promise<void> => {
    const items = await Promise.all(
      Array.from(files).map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    batch.mutate(items);
  };

  const importPastedText = (text: string): void =>
    batch.mutate([{ name: 'pasted.txt', bytes: new TextEncoder().encode(text) }]);

  return {
    report: batch.data ?? null,
    isBusy: batch.isPending,
    importFiles,
    importPastedText,
    dismiss: batch.reset,
  };
}
