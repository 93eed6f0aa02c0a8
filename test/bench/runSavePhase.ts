import fs from 'node:fs';
import path from 'node:path';
import { createApiHandlers } from '../../electron/services/api/createApiHandlers';
import { dispatchApiCall } from '../../electron/services/api/dispatchApiCall';
import { importText } from '../../electron/services/import/importText';
import { saveImportedArticle } from '../../electron/services/import/saveImportedArticle';
import { openLibrary } from '../../electron/services/library/openLibrary';
import type { Article } from '../../shared/article/articleSchema';
import { blockDigest, bodyDigest } from '../../shared/article/bodyDigest';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { benchLog } from './benchLog';
import type { PhaseRunner } from './benchTypes';
import { summarize } from './summarize';
import { timeIt } from './timeIt';

const actor = 'bench';
const warmUp = 10;
const saves = 50;

/** The body with a word added at the end of its middle paragraph, as typing there would. */
function editedBody(body: TiptapNode, word: string): TiptapNode {
  const copy = structuredClone(body);
  const blocks = copy.content ?? [];
  const paragraphs = blocks.filter((block) => block.type === 'paragraph' && block.content?.length);
  const middle = paragraphs[Math.floor(paragraphs.length / 2)];
  const last = middle?.content?.[middle.content.length - 1];
  if (last?.type === 'text' && typeof last.text === 'string') last.text += ` ${word}`;
  else middle?.content?.push({ type: 'text', text: ` ${word}` });
  return copy;
}

/**
 * What the editor sends for that edit on the `articles:autosave` channel: only the changed
 * block, counted against the body it was made on (`bodyChange`).
 */
function blockChangeRequest(
  id: string,
  version: number,
  blocks: readonly TiptapNode[],
  digests: readonly string[],
  index: number,
  word: string,
): { request: string; block: TiptapNode } {
  const block = editedBody({ type: 'doc', content: [blocks[index]!] }, word).content![0]!;
  const request = JSON.stringify({
    id,
    patch: {},
    baseVersion: version,
    bodyChange: {
      baseCount: blocks.length,
      baseDigest: bodyDigest(digests),
      start: index,
      deleteCount: 1,
      blocks: [block],
    },
  });
  return { request, block };
}

/** Lets the save's follow-up run (search index, WAL checkpoint) and times it. */
async function afterSave(): Promise<number> {
  const start = performance.now();
  // Queued behind the repository's own follow-up, which runs first.
  await new Promise((resolve) => setImmediate(resolve));
  return performance.now() - start;
}

/**
 * Autosave of a 10,000-word article as the app sends it: the `articles:update` call with the
 * whole body, parsed from its JSON text, validated against the contract and the document
 * schema, stored (row, pending search-index mark, quote reconcile, coalesced autosave
 * revision, all under synchronous=FULL) and answered as JSON — the work behind IPC or the
 * HTTP bridge, without the transport. Between saves the event loop runs the follow-up the
 * app runs after answering (re-indexing the article, folding the WAL back), timed apart.
 * Then the same edit as the editor sends it (`articles:autosave`, the changed block only),
 * and the cost of a named revision snapshot.
 */
export const runSavePhase: PhaseRunner = async (_config, paths) => {
  const library = openLibrary(paths.library);
  const file = path.join(paths.longArticles, 'save.md');
  const imported = await importText('save.md', fs.readFileSync(file));
  const created = saveImportedArticle(library, imported, actor);
  const handlers = createApiHandlers({
    library,
    loginName: actor,
    transport: 'http',
    appVersion: 'bench',
  });

  let current: Article = created;
  const full: number[] = [];
  const fullCpu: number[] = [];
  const repositoryOnly: number[] = [];
  const followUps: number[] = [];
  for (let index = 0; index < warmUp + saves; index += 1) {
    const requestText = JSON.stringify({
      id: current.id,
      patch: { body: editedBody(current.body, `правка${index}`) },
      baseVersion: current.version,
    });
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    // Timed as the packaged app runs it: without the development-time output check.
    const result = await dispatchApiCall(handlers, 'articles:update', JSON.parse(requestText), {
      validateOutputs: false,
    });
    const responseText = JSON.stringify(result);
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    if (!result.ok) throw new Error(`autosave failed: ${result.error.message}`);
    current = (JSON.parse(responseText) as { value: Article }).value;
    if (index >= warmUp) {
      full.push(ms);
      fullCpu.push((cpu.user + cpu.system) / 1000);
    }
    const followUp = await afterSave();
    if (index >= warmUp) followUps.push(followUp);

    const body = editedBody(current.body, `ещё${index}`);
    const direct = timeIt(() =>
      library.articles.update(current.id, { body }, actor, current.version),
    );
    if (!direct.value) throw new Error('update returned nothing');
    current = direct.value;
    if (index >= warmUp) repositoryOnly.push(direct.ms);
    await afterSave();
  }
  // The channel the editor autosaves on: the changed block of the same edit, parsed from its
  // JSON text, validated, spliced into the stored body and committed before the answer.
  let blocks = current.body.content ?? [];
  let digests = blocks.map(blockDigest);
  const paragraphs = blocks.filter((block) => block.type === 'paragraph' && block.content?.length);
  const middle = blocks.indexOf(paragraphs[Math.floor(paragraphs.length / 2)]!);
  let version = current.version;
  const spliced: number[] = [];
  const splicedCpu: number[] = [];
  for (let index = 0; index < warmUp + saves; index += 1) {
    const { request, block } = blockChangeRequest(
      current.id,
      version,
      blocks,
      digests,
      middle,
      `блок${index}`,
    );
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await dispatchApiCall(handlers, 'articles:autosave', JSON.parse(request), {
      validateOutputs: false,
    });
    const responseText = JSON.stringify(result);
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    if (!result.ok) throw new Error(`autosave of a block failed: ${result.error.message}`);
    version = (JSON.parse(responseText) as { value: { version: number } }).value.version;
    blocks = [...blocks.slice(0, middle), block, ...blocks.slice(middle + 1)];
    digests = [...digests.slice(0, middle), blockDigest(block), ...digests.slice(middle + 1)];
    if (index >= warmUp) {
      spliced.push(ms);
      splicedCpu.push((cpu.user + cpu.system) / 1000);
    }
    await afterSave();
  }
  const snapshots: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    snapshots.push(
      timeIt(() => library.articles.saveVersion(current.id, `bench ${index}`, actor)).ms,
    );
  }
  const snapshotBytes =
    library.db
      .prepare<[string], { bytes: number }>(
        'SELECT length(CAST(snapshot_json AS BLOB)) AS bytes FROM article_revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1',
      )
      .get(current.id)?.bytes ?? 0;
  const revisions = library.articles.revisions.list(current.id).length;
  library.close();
  const save = summarize(full);
  const saveCpu = summarize(fullCpu);
  const direct = summarize(repositoryOnly);
  const snapshot = summarize(snapshots);
  const followUp = summarize(followUps);
  const splice = summarize(spliced);
  const spliceCpu = summarize(splicedCpu);
  benchLog('save', `autosave p50 ${save.p50.toFixed(1)} ms, p95 ${save.p95.toFixed(1)} ms`);
  benchLog(
    'save',
    `autosave of a block p50 ${splice.p50.toFixed(1)} ms, p95 ${splice.p95.toFixed(1)} ms`,
  );
  return {
    metrics: [
      {
        key: 'save.autosave.p50',
        label: 'autosave, 10,000-word article (API call), p50',
        value: save.p50,
        unit: 'ms',
        note: `${saves} saves after ${warmUp} warm-up; ${current.bodyText.length} chars of text, ${(JSON.stringify(current.body).length / 1024).toFixed(0)} KiB of body JSON`,
      },
      {
        key: 'save.autosave.p95',
        label: 'autosave, 10,000-word article (API call), p95',
        value: save.p95,
        unit: 'ms',
      },
      {
        key: 'save.autosave.cpu.p50',
        label: 'of which CPU time (user + system, the whole process), p50',
        value: saveCpu.p50,
        unit: 'ms',
        note: 'the rest of the wall time is waiting: the fsync of the commit, and other processes on a busy machine',
      },
      {
        key: 'save.autosave.cpu.p95',
        label: 'of which CPU time, p95',
        value: saveCpu.p95,
        unit: 'ms',
      },
      {
        key: 'save.blocks.p50',
        label: 'autosave of the changed block as the editor sends it (articles:autosave), p50',
        value: splice.p50,
        unit: 'ms',
        note: `${saves} saves after ${warmUp} warm-up, one paragraph changed each; CPU p50 ${spliceCpu.p50.toFixed(1)} ms, p95 ${spliceCpu.p95.toFixed(1)} ms`,
      },
      {
        key: 'save.blocks.p95',
        label: 'autosave of the changed block (articles:autosave), p95',
        value: splice.p95,
        unit: 'ms',
      },
      {
        key: 'save.blocks.cpu.p95',
        label: 'of which CPU time, p95',
        value: spliceCpu.p95,
        unit: 'ms',
      },
      {
        key: 'save.repository.p50',
        label: 'of which repository update alone, p50',
        value: direct.p50,
        unit: 'ms',
        note: 'no JSON parse, no input validation',
      },
      {
        key: 'save.repository.p95',
        label: 'of which repository update alone, p95',
        value: direct.p95,
        unit: 'ms',
      },
      {
        key: 'save.followUp.p95',
        label: 'after the answer: re-index the article and checkpoint, p95',
        value: followUp.p95,
        unit: 'ms',
        note: `p50 ${followUp.p50.toFixed(1)} ms; runs in the same process once the save is answered`,
      },
      {
        key: 'save.snapshot.p50',
        label: 'named revision snapshot, p50',
        value: snapshot.p50,
        unit: 'ms',
      },
      {
        key: 'save.snapshot.p95',
        label: 'named revision snapshot, p95',
        value: snapshot.p95,
        unit: 'ms',
      },
      {
        key: 'save.snapshot.kib',
        label: 'revision snapshot size',
        value: snapshotBytes / 1024,
        unit: 'KiB',
        note: `${revisions} revisions kept after ${2 * (warmUp + saves)} autosaves + 20 named (autosaves coalesce)`,
      },
    ],
    comparisons: [],
    notes: [],
  };
};
