import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  englishSampleArticle,
  hostileArticle,
  listFiles,
  memorySource,
  russianSampleArticle,
  samplePublishAt,
  sampleSite,
} from '../../../test/support/exportSamples';
import { exportSite } from './exportSite';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-golden-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

// The sample articles' files as the export wrote them before typesetting and re-export were
// made faster (commit 93038b5): speed-ups must not change a byte. A deliberate change of the
// output bumps exportFormatVersion and these hashes with it.
const golden: Record<string, string> = {
  'city/city-council-approves-riverside-park/city-council-approves-riverside-park-1.png':
    'b1ff9c8ea3a780bad09b346c423d2d0e46815926879b18e841d928376a946640',
  'city/city-council-approves-riverside-park/index.html':
    '13ab24bb1482c8272d6f555c8bf4a15a0439ca11ec69940cde1c609a54b5302a',
  'city/city-council-approves-riverside-park/index.json':
    'cf29a8a69a70b557a88b21b1ced9f425c06e807b8fd0f6dfc762644fd30f221e',
  'index.html': '55e886ab2dbcd144c2a74b76315c3afaedca8a49e67e200026593310e7df884a',
  'manifest.json': '52f18d54ef612cad76e163e09bb3a41b33e569c4d5ef203e51d3a6a421d0f43d',
  'news/etc/etc-1.png': 'b1ff9c8ea3a780bad09b346c423d2d0e46815926879b18e841d928376a946640',
  'news/etc/index.html': 'e8cd3f88b709b13bf6a807caf54c92460e6ba1bc3e838ff8b5c91d2d3fb86db1',
  'news/etc/index.json': 'adc15165ec901f8e110e9ef65cd2b22232a5427858b293722708066f5e2dfd91',
  'obshchestvo/moskovskii-innovatsionnyi-klaster-vykhodit-na-mezhdunarodnyi-uroven/index.html':
    '4a500d012eb66c38ae24dcc032cbac96894fa547f887775ae79c6262849bfa68',
  'obshchestvo/moskovskii-innovatsionnyi-klaster-vykhodit-na-mezhdunarodnyi-uroven/index.json':
    'fc3c4ddb0a6fdc591ce62037cf87180bb89c8371d3d4df09e97f9dd8282763ba',
};

it('writes the same bytes as before, file for file', async () => {
  const english = englishSampleArticle();
  english.related.push({ headline: russianSampleArticle().headline });
  await exportSite({
    source: memorySource([russianSampleArticle(), english, hostileArticle()]),
    outDir,
    site: { ...sampleSite, siteName: 'Вести' },
    publishAt: samplePublishAt,
  });
  const hashes = Object.fromEntries(
    listFiles(outDir).map((name) => [
      name,
      createHash('sha256')
        .update(fs.readFileSync(path.join(outDir, name)))
        .digest('hex'),
    ]),
  );
  expect(hashes).toEqual(golden);
});
