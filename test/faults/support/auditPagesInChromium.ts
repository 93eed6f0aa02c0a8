import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../support/chromiumLaunchOptions';

/** What loading the pages (and scanning HTML fragments) found; every list should be empty. */
export interface PageAudit {
  pages: number;
  fragments: number;
  dialogs: string[];
  navigations: string[];
  scriptExecutions: string[];
  remoteRequests: string[];
  dangerousNodes: string[];
  brokenJsonLd: string[];
  /** Blocked by a Content-Security-Policy: attempts, not executions. */
  cspViolations: number;
}

// The in-page code is plain JavaScript text: functions compiled by tsx carry helpers
// (`__name`) that do not exist inside the page.

/** Counts eval/Function calls and CSP violations on every page, before its own scripts. */
const initScript = `(() => {
  const record = { evals: 0, csp: 0 };
  Object.defineProperty(window, '__faultRecord', { value: record });
  const originalEval = window.eval;
  window.eval = function (...args) { record.evals += 1; return originalEval.apply(this, args); };
  window.Function = new Proxy(Function, {
    apply(target, self, args) { record.evals += 1; return Reflect.apply(target, self, args); },
    construct(target, args) { record.evals += 1; return Reflect.construct(target, args); },
  });
  document.addEventListener('securitypolicyviolation', () => { record.csp += 1; }, true);
})();`;

/** Fires the events a reader would, short of following links. */
const fireEvents = `(() => {
  for (const element of document.querySelectorAll('*'))
    for (const type of ['mouseover', 'mouseenter', 'pointerover', 'focus', 'toggle', 'animationstart'])
      element.dispatchEvent(new Event(type, { bubbles: true }));
})()`;

/** Parses HTML inertly (a <template>) and lists whatever could run script or leave the page. */
const scanFragment = String.raw`(html) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  const problems = [];
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster',
    'background', 'srcset', 'ping', 'cite', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'to', 'from', 'values']);
  const activeTags = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
    'button', 'base', 'template', 'portal', 'foreignobject', 'animate', 'set', 'animatemotion',
    'animatetransform', 'handler', 'listener', 'maction']);
  const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'file:']);
  for (const element of template.content.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    const where = '<' + tag + '>';
    if (tag === 'script' && element.getAttribute('type') !== 'application/ld+json')
      problems.push(where + ' ' + (element.textContent || '').slice(0, 60));
    if (activeTags.has(tag)) problems.push(where);
    if (tag === 'meta' && element.hasAttribute('http-equiv') &&
        !/^(content-security-policy|content-type|x-ua-compatible)$/i.test(element.getAttribute('http-equiv')))
      problems.push('<meta http-equiv="' + element.getAttribute('http-equiv') + '">');
    if (tag === 'style' && /url\s*\(|expression\s*\(|@import|javascript:|behavior\s*:|binding/i.test(element.textContent || ''))
      problems.push('<style> that loads or runs something');
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(where + ' with ' + name);
      if (name === 'style' && /url\s*\(|expression|javascript:|@import/i.test(attribute.value))
        problems.push(where + ' style="' + attribute.value.slice(0, 60) + '"');
      if (name === 'srcdoc') problems.push(where + ' with srcdoc');
      if (urlAttributes.has(name)) {
        const value = attribute.value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
        const isImageData = tag === 'img' && name === 'src' && /^data:image\/(png|jpeg|gif|webp)[;,]/.test(value);
        if (/^(javascript|vbscript|livescript|mocha):/.test(value) || (value.startsWith('data:') && !isImageData))
          problems.push(where + ' ' + name + '="' + attribute.value.slice(0, 60) + '"');
      }
    }
    if ((tag === 'a' || tag === 'area') && element.hasAttribute('href')) {
      let protocol = 'unparseable';
      try { protocol = new URL(element.getAttribute('href'), document.baseURI).protocol; } catch {}
      if (!allowedProtocols.has(protocol))
        problems.push(where + ' to a ' + protocol + ' URL: ' + element.getAttribute('href').slice(0, 60));
    }
  }
  return problems;
}`;

/**
 * Loads every page in headless Chromium with scripts enabled and counts what would show
 * an attack working: dialogs, navigations, compiled page scripts (inline, handlers,
 * `javascript:` URLs), eval/Function calls, remote requests (all aborted: nothing leaves
 * the machine); then scans the DOM for anything that could run script later (event
 * attributes, script URLs, frames, forms…). `fragments` (ninjs bodies) are only scanned.
 */
export async function auditPagesInChromium(
  files: readonly string[],
  fragments: ReadonlyArray<{ label: string; html: string }>,
): Promise<PageAudit> {
  const audit: PageAudit = {
    pages: 0,
    fragments: 0,
    dialogs: [],
    navigations: [],
    scriptExecutions: [],
    remoteRequests: [],
    dangerousNodes: [],
    brokenJsonLd: [],
    cspViolations: 0,
  };
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      audit.remoteRequests.push(url);
      return route.abort();
    });
    await context.addInitScript({ content: initScript });
    for (const file of files) {
      const url = pathToFileURL(file).href;
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
        // Playwright's own scripts and the init script have no URL; the page's scripts do.
        if (event.url) audit.scriptExecutions.push(`${file}: script from ${event.url}`);
      });
      await cdp.send('Debugger.enable');
      page.on('dialog', (dialog) => {
        audit.dialogs.push(`${file}: ${dialog.type()} "${dialog.message()}"`);
        void dialog.dismiss().catch(() => undefined);
      });
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame() || frame.url() !== url)
          audit.navigations.push(
            `${file}: ${frame === page.mainFrame() ? 'page' : 'frame'} → ${frame.url()}`,
          );
      });
      await page.goto(url, { waitUntil: 'load' });
      // Our own look inside goes through CDP, so the page's eval counter only sees the page.
      const inPage = async (expression: string): Promise<unknown> => {
        const answer = (await cdp.send('Runtime.evaluate', {
          expression,
          returnByValue: true,
        })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
        if (answer.exceptionDetails)
          throw new Error(`in-page check failed: ${answer.exceptionDetails.text}`);
        return answer.result.value;
      };
      await inPage(fireEvents);
      await page.waitForTimeout(50);
      const found = (await inPage(
        `(${scanFragment})(document.documentElement.outerHTML)`,
      )) as string[];
      audit.dangerousNodes.push(...found.map((problem) => `${file}: ${problem}`));
      const jsonLd = (await inPage(
        `Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent)`,
      )) as string[];
      for (const text of jsonLd) {
        try {
          JSON.parse(text);
        } catch (error) {
          audit.brokenJsonLd.push(`${file}: JSON-LD does not parse: ${String(error)}`);
        }
      }
      const record = (await inPage('({ ...window.__faultRecord })')) as {
        evals: number;
        csp: number;
      };
      if (record.evals > 0)
        audit.scriptExecutions.push(`${file}: ${record.evals} eval/Function calls`);
      audit.cspViolations += record.csp;
      audit.pages += 1;
      await page.close();
    }
    const page = await context.newPage();
    for (const fragment of fragments) {
      const found = await page.evaluate(`(${scanFragment})(${JSON.stringify(fragment.html)})`);
      audit.dangerousNodes.push(
        ...(found as string[]).map((problem) => `${fragment.label}: ${problem}`),
      );
      audit.fragments += 1;
    }
    await page.close();
    await context.close();
  } finally {
    await browser.close();
  }
  return audit;
}
