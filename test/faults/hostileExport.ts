import fs from 'node:fs';
import path from 'node:path';
import { validateHtmlFiles } from '../support/validateHtml';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { auditPagesInChromium } from './support/auditPagesInChromium';
import { callApi, type ApiTarget } from './support/callApi';
import { writeHostileExportFiles } from './support/hostileExportFiles';
import { listFiles } from './support/listFiles';
import { makeSolidPng } from '../support/makePng';
import { runGalley } from './support/runGalley';
import { startServedGalley } from './support/startServedGalley';
import { xssPayloads } from './support/xssPayloads';
import { exportAllArgs } from './support/exportAllArgs';
import { link, paragraph, text } from '../support/tiptapNodes';

/**
 * Script payloads go in through `galley import` (HTML, Markdown, page text, DOCX) and the
 * raw API (every text field, Tiptap bodies with hostile hrefs and attributes, images);
 * the export is loaded page by page in headless Chromium, where nothing may run, navigate
 * or load from elsewhere; the W3C Nu checker must find no error in any page.
 */
export const hostileExport: FaultScenario = {
  name: 'hostile-export',
  title: 'Script payloads through import and the API, then export',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const work = (name: string) => path.join(options.workDir, name);
    const failures: string[] = [];
    const notes: string[] = [];
    const library = work('library.sqlite');
    fs.mkdirSync(work('corpus'));
    const files = writeHostileExportFiles(work('corpus'));
    const imported = await runGalley(['import', ...files, '--json', '--library', library], {
      timeoutMs: 120_000,
      cwd: options.workDir,
    });
    const importResult = JSON.parse(imported.stdout || '{"imported":[],"errors":[]}') as {
      imported: unknown[];
      errors: Array<{ message: string }>;
    };
    for (const error of importResult.errors) notes.push(`import refused: ${error.message}`);

    const server = await startServedGalley(library, { cwd: options.workDir });
    const target: ApiTarget = { port: server.port, token: server.token };
    let accepted = 0;
    let refused = 0;
    const apiErrors: string[] = [];
    try {
      const tally = (status: number, what: string): void => {
        if (status === 200) accepted += 1;
        else if (status === 400) refused += 1;
        else apiErrors.push(`${what}: HTTP ${status}`);
      };
      // Every text field of one article, one update each.
      const created = await callApi(target, 'articles:create', {
        headline: xssPayloads.texts[0],
      });
      tally(created.status, 'create');
      const id = (created.value as { id: string }).id;
      const svg = await callApi(target, 'images:upload', {
        fileName: 'x.svg',
        dataBase64: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
        ).toString('base64'),
      });
      tally(svg.status, 'an SVG upload');
      if (svg.status === 200) failures.push('images:upload accepted an SVG with a script');
      const polyglot = Buffer.concat([
        makeSolidPng([1, 2, 3]),
        Buffer.from('<script>alert("polyglot")</script><html><body onload=alert(1)>'),
      ]);
      const image = await callApi(target, 'images:upload', {
        fileName: '"><img src=x onerror=alert("name")>.png',
        dataBase64: polyglot.toString('base64'),
      });
      tally(image.status, 'a PNG/HTML polyglot upload');
      const imageId = (image.value as { imageId?: string } | undefined)?.imageId;
      const texts = xssPayloads.texts;
      const patches: Array<Record<string, unknown>> = [
        { headline: texts.join(' ').slice(0, 500) },
        { lede: texts.join('\n') },
        { rubric: texts[1] },
        { tags: texts.slice(0, 10).map((text) => text.slice(0, 100)) },
        { bylines: texts.slice(0, 10).map((text) => text.slice(0, 200)) },
        { related: texts.map((headline) => ({ relatedId: null, headline })) },
        {
          body: {
            type: 'doc',
            content: [
              ...texts.map((value) => paragraph(text(value))),
              {
                ...paragraph(text('paragraph with hostile attributes')),
                attrs: {
                  onclick: 'alert("pattr")',
                  style: 'background:url(javascript:alert("pstyle"))',
                  class: '"><script>alert("pclass")</script>',
                  id: 'x" onmouseover="alert(1)',
                },
              },
              {
                type: 'heading',
                attrs: { level: 2, onclick: 'alert("hattr")' },
                content: [text(texts[2] ?? '')],
              },
              paragraph(
                text(
                  'a link with hostile attributes',
                  link('https://ok.example/path?q="<script>', {
                    target: '_blank" onclick="alert(1)',
                    rel: 'opener nofollow" onmouseover="alert(2)',
                    class: '"><script>alert(3)</script>',
                    onclick: 'alert(4)',
                  }),
                ),
              ),
              paragraph(
                text(
                  'control characters: \u0001\u0002\u000b\u000c\u001b\u007f\u0080\u0085\ufffe\uffff \ud800 end',
                ),
              ),
              ...(imageId
                ? [
                    {
                      type: 'figure',
                      attrs: {
                        imageId,
                        alt: texts[1] ?? '',
                        caption: texts[0] ?? '',
                        credit: texts[3] ?? '',
                        onerror: 'alert("fattr")',
                      },
                    },
                  ]
                : []),
            ],
          },
        },
      ];
      for (const patch of patches) {
        const answer = await callApi(target, 'articles:update', { id, patch });
        tally(answer.status, `articles:update ${Object.keys(patch).join()}`);
        if (answer.status !== 200)
          notes.push(
            `API refused ${Object.keys(patch).join()}: ${answer.error?.message.slice(0, 120) ?? ''}`,
          );
      }
      // One article per hostile link target, so whatever the API accepts is exported.
      for (const [index, href] of xssPayloads.hrefs.entries()) {
        const article = await callApi(target, 'articles:create', { headline: `Ссылка ${index}` });
        const linkId = (article.value as { id: string }).id;
        const answer = await callApi(target, 'articles:update', {
          id: linkId,
          patch: {
            lede: `Проверка ссылки ${index}`,
            body: { type: 'doc', content: [paragraph(text(`link ${index}`, link(href)))] },
          },
        });
        tally(answer.status, `link ${JSON.stringify(href)}`);
        if (answer.status === 200) notes.push(`the API accepted the link ${JSON.stringify(href)}`);
      }
    } finally {
      await server.stop();
    }
    failures.push(...apiErrors);

    const site = work('site');
    const exported = await runGalley(exportAllArgs(library, site), {
      timeoutMs: 120_000,
      cwd: options.workDir,
    });
    if (exported.code !== 0)
      failures.push(
        `the export failed (${exported.code}): ${(exported.stdout + exported.stderr).slice(0, 400)}`,
      );
    const pages = listFiles(site, (name) => name.endsWith('.html'));
    const fragments = listFiles(site, (name) => name === 'index.json').flatMap((file) => {
      const ninjs = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        bodies?: Array<{ contenttype: string; value: string }>;
      };
      return (ninjs.bodies ?? [])
        .filter((body) => body.contenttype === 'text/html')
        .map((body) => ({ label: `${path.relative(site, file)} body`, html: body.value }));
    });
    // A control page that is hostile on purpose: the checks must see it, or they prove nothing.
    const control = work('control.html');
    fs.writeFileSync(
      control,
      '<!doctype html><html lang="en"><head><title>control</title><meta http-equiv="refresh" content="0;url=control.html#moved"></head>' +
        '<body><p><div>invalid nesting</div></p><img src="x" onerror="alert(1)">' +
        '<a href="javascript:alert(2)">x</a><script>eval("1+1")</script></body></html>',
    );
    const fullAudit = await auditPagesInChromium([...pages, control], fragments);
    const fullVnu = await validateHtmlFiles([...pages, control]);
    const isControl = (line: string) => line.includes(control);
    const controlSeen = {
      dialog: fullAudit.dialogs.some(isControl),
      script: fullAudit.scriptExecutions.some(isControl),
      node: fullAudit.dangerousNodes.some(isControl),
      navigation: fullAudit.navigations.some(isControl),
      vnu: fullVnu.some((message) => (message.url ?? '').endsWith('control.html')),
    };
    for (const [check, seen] of Object.entries(controlSeen))
      if (!seen) failures.push(`the ${check} check did not notice the hostile control page`);
    const audit = {
      ...fullAudit,
      pages: fullAudit.pages - 1,
      dialogs: fullAudit.dialogs.filter((line) => !isControl(line)),
      navigations: fullAudit.navigations.filter((line) => !isControl(line)),
      scriptExecutions: fullAudit.scriptExecutions.filter((line) => !isControl(line)),
      dangerousNodes: fullAudit.dangerousNodes.filter((line) => !isControl(line)),
    };
    const vnu = fullVnu.filter((message) => !(message.url ?? '').endsWith('control.html'));
    const show = (label: string, items: readonly string[]) => {
      if (items.length)
        failures.push(`${label} (${items.length}): ${items.slice(0, 6).join(' | ')}`);
    };
    show('dialogs', audit.dialogs);
    show('navigations', audit.navigations);
    show('script executions', audit.scriptExecutions);
    show('remote requests', audit.remoteRequests);
    show('dangerous DOM nodes', audit.dangerousNodes);
    show('JSON-LD that does not parse', audit.brokenJsonLd);
    show(
      'W3C Nu checker errors',
      vnu.map(
        (message) =>
          `${path.relative(site, (message.url ?? '').replace('file:', ''))}:${message.lastLine ?? '?'} ${message.message}`,
      ),
    );
    return {
      tried: 7,
      passed: [
        audit.dialogs,
        audit.navigations,
        audit.scriptExecutions,
        audit.remoteRequests,
        audit.dangerousNodes,
        audit.brokenJsonLd,
        vnu,
      ].filter((list) => list.length === 0).length,
      figures: {
        'files imported': importResult.imported.length,
        'API payloads accepted': accepted,
        'API payloads refused': refused,
        'pages loaded': audit.pages,
        'ninjs bodies scanned': audit.fragments,
        dialogs: audit.dialogs.length,
        navigations: audit.navigations.length,
        'script executions': audit.scriptExecutions.length,
        'remote requests': audit.remoteRequests.length,
        'dangerous DOM nodes': audit.dangerousNodes.length,
        'broken JSON-LD': audit.brokenJsonLd.length,
        'CSP violations': audit.cspViolations,
        'Nu checker errors': vnu.length,
        'control page caught': Object.values(controlSeen).every(Boolean),
      },
      failures,
      notes,
    };
  },
};
