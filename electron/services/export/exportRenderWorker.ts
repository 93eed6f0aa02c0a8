import { parentPort, workerData } from 'node:worker_threads';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { articleInputHash } from './articleInputHash';
import { bodyInSchemaOrder } from './bodyInSchemaOrder';
import type {
  RenderBatch,
  RenderReplies,
  RenderReply,
  RenderRequest,
  RenderWorkerData,
} from './exportRenderPool';
import { prepareArticleFiles, type SourceImage } from './prepareArticleFiles';
import { typesetEntriesJson, typesetMemo } from './typesetMemo';

// One thread of the export's render pool: it only renders (typography, HTML, ninjs, hashes);
// the main thread reads the library and does every file-system call, so crash safety and the
// order of the folder's changes stay where they were.
const { site, siteHost, fingerprint } = workerData as RenderWorkerData;

function isWhole(data: Uint8Array): boolean {
  // Small Buffers are views into a shared pool: moving that would take the pool with it.
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
}

function render(request: RenderRequest, transfer: Set<ArrayBuffer>): RenderReply {
  try {
    // The body's key keeps its place in the article, so its input hash is the one the main
    // thread would take.
    const article =
      request.bodyJson === undefined
        ? request.article
        : {
            ...request.article,
            body: bodyInSchemaOrder(JSON.parse(request.bodyJson) as TiptapNode),
          };
    const images = new Map<string, SourceImage>(request.images);
    const memo = request.memo ? typesetMemo(applyTypography, request.memo.known) : undefined;
    const prepared = prepareArticleFiles(article, {
      site,
      siteHost,
      typography: memo?.typography ?? applyTypography,
      count: memo?.count,
      readImage: (id) => images.get(id),
    });
    for (const file of prepared.files) {
      if (isWhole(file.data) && file.data.buffer instanceof ArrayBuffer)
        transfer.add(file.data.buffer);
    }
    return {
      seq: request.seq,
      prepared,
      ...(memo?.changed() ? { typeset: typesetEntriesJson(memo.used) } : {}),
      ...(request.hashInput ? { inputHash: articleInputHash(fingerprint, article) } : {}),
    };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return {
      seq: request.seq,
      error: {
        message: error instanceof Error ? error.message : String(error),
        ...(typeof code === 'string' ? { code } : {}),
      },
    };
  }
}

parentPort?.on('message', ({ requests }: RenderBatch) => {
  const transfer = new Set<ArrayBuffer>();
  const replies = requests.map((request) => render(request, transfer));
  parentPort?.postMessage({ replies } satisfies RenderReplies, [...transfer]);
});
