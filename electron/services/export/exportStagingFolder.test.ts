import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  englishSampleArticle,
  hostileArticle,
  listFiles,
  memorySource,
  russianSampleArticle,
  samplePublishAt,
  sampleSite,
} from '../../../test/support/exportSamples';
import { nodeExportFileSystem, type ExportFileSystem } from './exportFileSystem';
import { exportSite } from './exportSite';
import { exportRunningMarker, lockExportFolder } from './sweepStagedFiles';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-staging-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function folderBytes(dir: string, leaveOut: string[] = []): Map<string, string> {
  return new Map(
    listFiles(dir)
      .filter((name) => !leaveOut.includes(name))
      .map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]),
  );
}

async function exportInto(outDir: string, fileSystem?: ExportFileSystem) {
  return exportSite({
    source: memorySource([russianSampleArticle(), englishSampleArticle(), hostileArticle()]),
    outDir,
    site: sampleSite,
    publishAt: samplePublishAt,
    ...(fileSystem ? { fileSystem } : {}),
  });
}

describe('a first export into an empty folder', () => {
  it('moves whole rubric folders into place and writes what an export into a used folder does', async () => {
    const renamed: string[] = [];
    const counting: ExportFileSystem = {
      ...nodeExportFileSystem,
      rename(from, to) {
        renamed.push(path.basename(from));
        nodeExportFileSystem.rename(from, to);
      },
    };
    const fresh = path.join(root, 'fresh');
    const summary = await exportInto(fresh, counting);
    expect(summary.written).toBe(3);
    // Three rubric folders, then the index and the manifest: no rename per article file.
    expect(renamed.filter((name) => name.endsWith('.tmp'))).toHaveLength(2);
    expect(renamed.filter((name) => !name.endsWith('.tmp')).sort()).toEqual([
      'city',
      'news',
      'obshchestvo',
    ]);
    expect(fs.readdirSync(fresh).filter((name) => name.startsWith('.'))).toEqual([]);

    // A folder that holds anything takes the file-by-file path; the bytes are the same.
    const used = path.join(root, 'used');
    fs.mkdirSync(used);
    fs.writeFileSync(path.join(used, 'robots.txt'), 'User-agent: *\n');
    await exportInto(used);
    expect(folderBytes(used, ['robots.txt'])).toEqual(folderBytes(fresh));
  });

  it('moves a rubric file by file when its folder cannot move whole', async () => {
    const refusing: ExportFileSystem = {
      ...nodeExportFileSystem,
      rename(from, to) {
        if (path.basename(path.dirname(from)).startsWith('.galley-staging-')) {
          throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
        }
        nodeExportFileSystem.rename(from, to);
      },
    };
    const outDir = path.join(root, 'refused');
    const summary = await exportInto(outDir, refusing);
    expect(summary.failed).toEqual([]);
    expect(summary.written).toBe(3);
    expect(folderBytes(outDir)).toEqual(folderBytes(path.join(root, 'fresh')));
    expect(fs.readdirSync(outDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('leaves nothing behind when cancelled', async () => {
    const outDir = path.join(root, 'cancelled');
    const controller = new AbortController();
    const summary = await exportSite({
      source: memorySource([russianSampleArticle(), englishSampleArticle()]),
      outDir,
      site: sampleSite,
      publishAt: samplePublishAt,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('is swept by the next export when the one that made it was killed', () => {
    const outDir = path.join(root, 'killed');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const staging = path.join(outDir, `.galley-staging-${dead}-1`, 'city', 'story');
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(path.join(staging, 'index.html'), '<p>half');
    fs.writeFileSync(path.join(outDir, exportRunningMarker), String(dead));
    const release = lockExportFolder(outDir);
    release();
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
