import fs from 'node:fs';
import path from 'node:path';
import { writeLibrarySetting } from '../../electron/services/library/librarySettings';
import { openLibrary } from '../../electron/services/library/openLibrary';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { callApi, type ApiTarget } from './support/callApi';
import { errorMessage } from './support/errorMessage';
import { httpRequest } from '../support/httpRequest';
import { makeSolidPng } from '../support/makePng';
import { runGalley } from './support/runGalley';
import { diffTrees } from './support/diffTrees';
import { snapshotTree } from './support/snapshotTree';
import { startServedGalley } from './support/startServedGalley';
import { exportAllArgs } from './support/exportAllArgs';

const secret = 'SENTINEL-SECRET-7d1f';
const windowsDeviceNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const safeSegment = /^[a-z0-9-]{1,100}(\.[a-z0-9]{1,10})?$/;

/** Names that try to leave a folder or trip up a file system, for slugs, rubrics and images. */
function hostileNames(sentinelDir: string): string[] {
  return [
    '../../etc/passwd',
    '../../../../../../sentinel/owned',
    '..%2f..%2fsentinel%2fowned',
    '%2e%2e/%2e%2e/sentinel/owned',
    '..\\..\\sentinel\\owned',
    '．．／．．／sentinel／owned',
    '/etc/passwd',
    `${sentinelDir}/owned`,
    'C:\\Windows\\win.ini',
    'nul\u0000byte',
    'x'.repeat(300),
    'con',
    'CON',
    'aux.txt',
    'nul',
    'com1',
    'lpt9',
    'trailing.',
    'trailing...',
    'trailing ',
    '.',
    '..',
    '...',
    '.hidden',
    '~',
    '-',
    'a/b/c/d/e/f',
    'Case-Collision',
    'case-collision',
    'CASE-COLLISION',
    'İstanbul-ǅ-ﬁ',
  ];
}

/**
 * Hostile slugs, rubrics and image names, put in through the API (which validates) and
 * straight into the library file (as another tool could): the export must write nothing
 * outside its folder, only plain path segments inside, refuse to write through planted
 * symlinks, and account for every article. The bridge's static server must answer 404 to
 * `/../`, `%2e%2e/` and backslash paths and never serve a file from outside its folders.
 */
export const pathTraversal: FaultScenario = {
  name: 'paths',
  title: 'Hostile slugs and image names; path tricks against the static server',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const failures: string[] = [];
    const notes: string[] = [];
    const root = path.join(options.workDir, 'nest');
    const deep = path.join(root, 'd1', 'd2', 'd3', 'd4', 'd5', 'd6');
    const outDir = path.join(deep, 'site');
    const sentinelDir = path.join(deep, 'sentinel');
    fs.mkdirSync(sentinelDir, { recursive: true });
    for (const dir of [root, path.join(root, 'd1'), deep, sentinelDir])
      fs.writeFileSync(path.join(dir, 'secret.txt'), `${secret}\n`);
    const libraryPath = path.join(options.workDir, 'library.sqlite');
    openLibrary(libraryPath).close();
    const names = hostileNames(sentinelDir);

    // Through the API, which validates what it is given.
    let apiSlugsRefused = 0;
    let apiSlugsAccepted = 0;
    const server = await startServedGalley(libraryPath, { cwd: options.workDir });
    const target: ApiTarget = { port: server.port, token: server.token };
    try {
      for (const [index, name] of names.entries()) {
        const created = await callApi(target, 'articles:create', { headline: name.slice(0, 500) });
        const id = (created.value as { id: string }).id;
        const slug = await callApi(target, 'articles:update', { id, patch: { slug: name } });
        if (slug.status === 200) apiSlugsAccepted += 1;
        else if (slug.status === 400 || slug.status === 409) apiSlugsRefused += 1;
        else failures.push(`API slug ${JSON.stringify(name)}: HTTP ${slug.status}`);
        const image = await callApi(target, 'images:upload', {
          fileName: name,
          dataBase64: makeSolidPng([index, 100, 200]).toString('base64'),
        });
        const imageId = (image.value as { imageId?: string } | undefined)?.imageId;
        const rubric = await callApi(target, 'articles:update', {
          id,
          patch: {
            rubric: name.slice(0, 100),
            ...(imageId
              ? {
                  body: {
                    type: 'doc',
                    content: [
                      { type: 'figure', attrs: { imageId, alt: name, caption: '', credit: '' } },
                    ],
                  },
                }
              : {}),
          },
        });
        if (rubric.status >= 500)
          failures.push(`API rubric ${JSON.stringify(name)}: HTTP ${rubric.status}`);
      }
    } finally {
      await server.stop();
    }

    // Straight into the file, bypassing every check but the exporter's own.
    const library = openLibrary(libraryPath);
    for (const [index, name] of names.entries()) {
      const { id: imageId } = library.images.put(makeSolidPng([index, 200, 100]), name, Date.now());
      const article = library.articles.create(
        {
          headline: `Подделка ${index}`,
          body: {
            type: 'doc',
            content: [{ type: 'figure', attrs: { imageId, alt: '', caption: '', credit: '' } }],
          },
        },
        'faults',
      );
      // Slugs are UNIQUE in the file: an API article may hold this one already.
      for (const slug of [name, `../${name}`, `${name}/../x${index}`]) {
        try {
          library.db
            .prepare('UPDATE articles SET slug = ?, rubric = ? WHERE id = ?')
            .run(slug, name, article.id);
          break;
        } catch {
          continue;
        }
      }
      library.db.prepare('UPDATE images SET file_name = ? WHERE id = ?').run(name, imageId);
    }
    library.articles.create(
      { headline: 'Через символическую ссылку', rubric: 'Symlinked' },
      'faults',
    );
    const articleCount = library.articles.count();
    library.close();

    // A folder symlink planted where a rubric folder will go.
    fs.mkdirSync(outDir, { recursive: true });
    fs.symlinkSync(sentinelDir, path.join(outDir, 'symlinked'));
    const outside = () =>
      new Map(
        [...snapshotTree(root)].filter(
          ([file]) => !file.startsWith(path.relative(root, outDir).split(path.sep).join('/') + '/'),
        ),
      );
    const before = outside();
    const exportArgs = exportAllArgs(libraryPath, outDir);
    const first = await runGalley(exportArgs, { timeoutMs: 120_000, cwd: options.workDir });
    let exportFailures: Array<{ id: string; message: string }> = [];
    try {
      exportFailures = (
        JSON.parse(first.stdout) as { failures: Array<{ id: string; message: string }> }
      ).failures;
    } catch {
      failures.push(
        `the export printed no JSON (exit ${first.code}): ${first.stderr.slice(0, 300)}`,
      );
    }
    for (const failure of exportFailures)
      notes.push(`export refused ${failure.id}: ${failure.message.slice(0, 140)}`);
    const afterFirst = diffTrees(before, outside());
    const writtenOutside = [...afterFirst.added, ...afterFirst.changed, ...afterFirst.removed];
    if (writtenOutside.length)
      failures.push(
        `the export touched files outside its folder: ${writtenOutside.slice(0, 10).join(', ')}`,
      );

    // Every path inside is plain, and every article is exported once or refused.
    const inside = [...snapshotTree(outDir)].filter(([, kind]) => !kind.startsWith('link:'));
    let unsafeNames = 0;
    for (const [file] of inside) {
      for (const segment of file.split('/')) {
        if (!safeSegment.test(segment) || windowsDeviceNames.test(segment)) {
          unsafeNames += 1;
          failures.push(`unsafe name inside the export: ${file}`);
          break;
        }
      }
    }
    const lowerCase = new Set(inside.map(([file]) => file.toLowerCase()));
    if (lowerCase.size !== inside.length) failures.push('two exported paths differ only in case');
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
      articles: Array<{ id: string; path: string }>;
    };
    const paths = manifest.articles.map((entry) => entry.path);
    if (new Set(paths).size !== paths.length) failures.push('two manifest entries share a folder');
    const refusedIds = new Set(exportFailures.map((failure) => failure.id));
    const exportedIds = new Set(manifest.articles.map((entry) => entry.id));
    const unaccounted = articleCount - [...new Set([...exportedIds, ...refusedIds])].length;
    if (unaccounted !== 0)
      failures.push(`${unaccounted} articles neither exported nor reported as failed`);
    if (fs.readFileSync(path.join(sentinelDir, 'secret.txt'), 'utf8') !== `${secret}\n`)
      failures.push('the sentinel file changed');

    // A file symlink planted over an exported page must be replaced, not written through.
    const victim = manifest.articles[0];
    let symlinkReplaced = false;
    if (victim) {
      const page = path.join(outDir, victim.path, 'index.html');
      fs.rmSync(page);
      fs.symlinkSync(path.join(sentinelDir, 'secret.txt'), page);
      const edit = openLibrary(libraryPath);
      edit.articles.update(victim.id, { lede: 'Изменённый лид.' }, 'faults');
      edit.close();
      await runGalley(exportArgs, { timeoutMs: 120_000, cwd: options.workDir });
      symlinkReplaced = !fs.lstatSync(page).isSymbolicLink();
      const afterSecond = diffTrees(before, outside());
      const touched = [...afterSecond.added, ...afterSecond.changed, ...afterSecond.removed];
      if (touched.length)
        failures.push(`the second export wrote through a planted symlink: ${touched.join(', ')}`);
    }

    // The static server of `galley serve`: the app root and the /site/ preview.
    const serveFailures = await probeStaticServer(
      libraryPath,
      outDir,
      sentinelDir,
      options.workDir,
      notes,
    );
    failures.push(...serveFailures.failures);
    return {
      tried: 5 + serveFailures.tried,
      passed: Math.max(0, 5 + serveFailures.tried - failures.length),
      figures: {
        'hostile names': names.length,
        'API slugs refused': `${apiSlugsRefused}/${names.length}`,
        'API slugs accepted (valid ones)': apiSlugsAccepted,
        'articles exported': exportedIds.size,
        'articles refused by the export': refusedIds.size,
        'files written outside': writtenOutside.length,
        'unsafe names inside': unsafeNames,
        'planted file symlink replaced': symlinkReplaced,
        'static requests': serveFailures.tried,
        'static traversals served': serveFailures.leaks,
      },
      failures,
      notes,
    };
  },
};

async function probeStaticServer(
  libraryPath: string,
  outDir: string,
  sentinelDir: string,
  cwd: string,
  notes: string[],
): Promise<{ tried: number; leaks: number; failures: string[] }> {
  const library = openLibrary(libraryPath);
  writeLibrarySetting(library.db, 'export.outDir', outDir);
  library.close();
  fs.symlinkSync(path.join(sentinelDir, 'secret.txt'), path.join(outDir, 'leak.txt'));
  const packageMarker = /"name":\s*"galley"/;
  const failures: string[] = [];
  let tried = 0;
  let leaks = 0;
  const server = await startServedGalley(libraryPath, { cwd });
  try {
    const host = `127.0.0.1:${server.port}`;
    const mustBe404 = [
      '/../package.json',
      '/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/.%2e/package.json',
      '/%2e./package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/%2e%2e%5cpackage.json',
      '/..\\package.json',
      '/assets\\..\\..\\package.json',
      '/index.html%00.js',
      '/%00',
      `http://${host}/../package.json`,
      '/site/../secret.txt',
      '/site/%2e%2e/secret.txt',
      '/site/%2e%2e%2fsecret.txt',
      '/site/..%2f..%2fsecret.txt',
      '/site/..%5csecret.txt',
      '/site/..\\secret.txt',
      '/site/%2e%2e%5c%2e%2e%5csecret.txt',
      '/site/.%2e/sentinel/secret.txt',
      '/site/%2e%2e/sentinel/secret.txt',
    ];
    const mustNotLeak = [
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/%252e%252e/package.json',
      '/%c0%ae%c0%ae/package.json',
      `/${encodeURIComponent('．．')}/package.json`,
      '/..;/package.json',
      '/....//package.json',
      '/site//etc/passwd',
      `/site/${encodeURIComponent(path.join(sentinelDir, 'secret.txt'))}`,
    ];
    const leaked = (body: string) =>
      body.includes(secret) || packageMarker.test(body) || /root:.*:0:0:/.test(body);
    for (const [list, strict] of [
      [mustBe404, true],
      [mustNotLeak, false],
    ] as const) {
      for (const requestPath of list) {
        tried += 1;
        let status = 0;
        let body = '';
        try {
          const response = await httpRequest({
            port: server.port,
            path: requestPath,
            headers: { Host: host },
          });
          status = response.status;
          body = response.body;
        } catch (error) {
          notes.push(`${requestPath}: the request failed (${errorMessage(error)})`);
          continue;
        }
        if (leaked(body)) {
          leaks += 1;
          failures.push(`GET ${requestPath} served a file from outside (HTTP ${status})`);
        } else if (strict && status !== 404)
          failures.push(`GET ${requestPath} answered ${status}, expected 404`);
      }
    }
    const sanity = await httpRequest({
      port: server.port,
      path: '/site/index.html',
      headers: { Host: host },
    });
    if (sanity.status !== 200)
      failures.push(`the /site/ preview does not serve the export (HTTP ${sanity.status})`);
    const link = await httpRequest({
      port: server.port,
      path: '/site/leak.txt',
      headers: { Host: host },
    });
    notes.push(
      `a symlink planted in the export folder, /site/leak.txt → ${path.join(sentinelDir, 'secret.txt')}: HTTP ${link.status}${link.body.includes(secret) ? ', served the file outside (the preview follows symlinks)' : ''}`,
    );
  } finally {
    await server.stop();
  }
  return { tried, leaks, failures };
}
