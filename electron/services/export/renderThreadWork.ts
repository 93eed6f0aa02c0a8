import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import type { SiteConfig } from '../../../shared/export/exportTypes';
import { applyTypography } from '../../../shared/typography/applyTypography';
import type { RenderReply, RenderRequest } from './exportRenderPool';
import { prepareArticleFiles, type PreparedArticle, type SourceImage } from './prepareArticleFiles';
import { ensureOutputDirectory } from './ensureOutputDirectory';
import { nodeExportFileSystem } from './exportFileSystem';
import { safeOutputFile, safeOutputPath } from './safeOutputPath';
import { stageFiles } from './stageFiles';
import { typesetEntriesJson, typesetMemo } from './typesetMemo';
import { utf8Arena } from './utf8Arena';

/** What a render thread does with one article: render it, and write its files or send them. */
export type RenderThreadWork = (request: RenderRequest, transfer: Set<ArrayBuffer>) => RenderReply;

/**
 * The work of one render thread (`exportRenderWorker.ts`), apart from its messages so that a
 * benchmark can run it in one process: each call renders an article of `site` and, in a
 * first export into an empty folder, writes its files; buffers to move back with the reply
 * are added to `transfer`.
 */
export function renderThreadWork({
  site,
  siteHost,
}: {
  site: SiteConfig;
  siteHost: string;
}): RenderThreadWork {
  // Folders of the staging folder this thread made or found (a rubric's is made once).
  const madeFolders = new Set<string>();
  const noBytes = new Uint8Array(0);
  // An article's page and ninjs document are encoded into this; a page that does not fit
  // (past about 2.7 million characters with its ninjs) gets a buffer of its own.
  const arena = utf8Arena(8 * 1024 * 1024);

  function writeStaged(stage: { root: string; folder: string }, prepared: PreparedArticle): void {
    const directory = ensureOutputDirectory(
      nodeExportFileSystem,
      stage.root,
      stage.folder,
      madeFolders,
      true,
    );
    stageFiles(
      nodeExportFileSystem,
      prepared.files.map((file) => {
        const name = file.path.slice(stage.folder.length);
        const at =
          file.path.startsWith(stage.folder) && !name.includes('/')
            ? safeOutputFile(directory, name)
            : safeOutputPath(stage.root, file.path);
        return { path: at, tempPath: at, data: file.data };
      }),
    );
  }

  function isWhole(data: Uint8Array): boolean {
    // Small Buffers are views into a shared pool: moving that would take the pool with it.
    return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  }

  function render(request: RenderRequest, transfer: Set<ArrayBuffer>): RenderReply {
    arena.reset();
    try {
      // The body as the main thread has it. Its keys are not put in the schema's order
      // (`bodyInSchemaOrder`): that order matters only to the input hash, taken on the main
      // thread, and rendering reads each key by name, so here it would only copy nodes.
      const article =
        request.bodyJson === undefined
          ? request.article
          : { ...request.article, body: JSON.parse(request.bodyJson) as TiptapNode };
      const images = new Map<string, SourceImage>(request.images);
      const { knownJson } = request.memo ?? {};
      const memo = request.memo
        ? typesetMemo(
            applyTypography,
            knownJson === undefined
              ? undefined
              : new Map(JSON.parse(knownJson) as Array<[string, string]>),
          )
        : undefined;
      const prepared = prepareArticleFiles(article, {
        site,
        siteHost,
        typography: memo?.typography ?? applyTypography,
        count: memo?.count,
        readImage: (id) => images.get(id),
        encode: arena.encode,
      });
      const { stage } = request;
      const written = stage !== undefined && prepared.entry.path === stage.folder;
      if (written) {
        writeStaged(stage, prepared);
        // Written: only the files' names and hashes go back, not their bytes.
        prepared.files = prepared.files.map((file) => ({ ...file, data: noBytes }));
      } else {
        for (const file of prepared.files) {
          // The arena is the next article's: what goes back is a copy of its own.
          if (arena.holds(file.data)) file.data = new Uint8Array(file.data);
          if (isWhole(file.data) && file.data.buffer instanceof ArrayBuffer)
            transfer.add(file.data.buffer);
        }
      }
      return {
        seq: request.seq,
        prepared,
        ...(written ? { written: true as const } : {}),
        ...(memo?.changed() ? { typeset: typesetEntriesJson(memo.used) } : {}),
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

  return render;
}
