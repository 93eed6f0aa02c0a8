import { parentPort, workerData } from 'node:worker_threads';
import { applyTypography } from '../../../shared/typography/applyTypography';
import type { RenderReply, RenderRequest, RenderWorkerData } from './exportRenderPool';
import { prepareArticleFiles, type SourceImage } from './prepareArticleFiles';
import { typesetEntriesJson, typesetMemo } from './typesetMemo';

// One thread of the export's render pool: it only renders (typography, HTML, ninjs, hashes);
// the main thread reads the library and does every file-system call, so crash safety and the
// order of the folder's changes stay where they were.
const { site, siteHost } = workerData as RenderWorkerData;

function isWhole(data: Uint8Array): boolean {
  // Small Buffers are views into a shared pool: moving that would take the pool with it.
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
}

parentPort?.on('message', (request: RenderRequest) => {
  let reply: RenderReply;
  const transfer = new Set<ArrayBuffer>();
  try {
    const images = new Map<string, SourceImage>(request.images);
    const memo = request.memo ? typesetMemo(applyTypography, request.memo.known) : undefined;
    const prepared = prepareArticleFiles(request.article, {
      site,
      siteHost,
      typography: memo?.typography ?? applyTypography,
      readImage: (id) => images.get(id),
    });
    for (const file of prepared.files) {
      if (isWhole(file.data) && file.data.buffer instanceof ArrayBuffer)
        transfer.add(file.data.buffer);
    }
    reply = {
      seq: request.seq,
      prepared,
      ...(memo?.changed() ? { typeset: typesetEntriesJson(memo.used) } : {}),
    };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    reply = {
      seq: request.seq,
      error: {
        message: error instanceof Error ? error.message : String(error),
        ...(typeof code === 'string' ? { code } : {}),
      },
    };
  }
  parentPort?.postMessage(reply, [...transfer]);
});
