import { useCallback, useState } from 'react';
import { useApiClient } from '../api/ApiClientContext';
import { encodeBase64 } from '../api/encodeBase64';

export interface ImportReport {
  imported: Array<{ id: string; headline: string }>;
  errors: string[];
}

/** Imports files (or pasted text) one by one through the API, collecting a report. */
export function useImportFiles(onImported: (lastId: string) => void) {
  const client = useApiClient();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const importAll = useCallback(
    async (items: Array<{ name: string; bytes: Uint8Array }>) => {
      setIsBusy(true);
      const next: ImportReport = { imported: [], errors: [] };
      for (const item of items) {
        const result = await client.call('articles:import', {
          fileName: item.name,
          dataBase64: encodeBase64(item.bytes),
        });
        if (result.ok) next.imported.push({ id: result.value.id, headline: result.value.headline });
        else next.errors.push(result.error.message);
      }
      setIsBusy(false);
      setReport(next);
      const last = next.imported.at(-1);
      if (last) onImported(last.id);
    },
    [client, onImported],
  );

  const importFiles = useCallback(
    async (files: FileList | File[]) => {
      const items = await Promise.all(
        Array.from(files).map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      );
      await importAll(items);
    },
    [importAll],
  );

  const importPastedText = useCallback(
    (text: string) => importAll([{ name: 'pasted.txt', bytes: new TextEncoder().encode(text) }]),
    [importAll],
  );

  return { report, isBusy, importFiles, importPastedText, dismiss: () => setReport(null) };
}
