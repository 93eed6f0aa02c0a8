import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../shared/article/articleSchema';
import { runCli } from '../../cli/runCli';
import type { ApiHandlers } from '../api/apiHandlers';
import { createApiHandlers } from '../api/createApiHandlers';
import { dispatchApiCall } from '../api/dispatchApiCall';
import { openLibrary, type Library } from '../library/openLibrary';
import { FactCheckService } from '../quotes/factCheckService';
import { ArticleWorkflow } from './articleWorkflow';

/**
 * Every workflow rule, driven through the app's API and through the CLI on libraries set up
 * alike: both adapters must give the same answer, because both only call the domain.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-parity-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const apiActor = 'desk-in-app';
const cliActor = os.userInfo().username;
const unknownId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
let libraries = 0;

/** What a status move came to, in the terms both adapters share. */
interface Answer {
  /** The rule that refused the move, or null when it went through. */
  refusedBy: string | null;
  /** The article's status afterwards (null for an unknown article). */
  status: ArticleStatus | null;
  /** Overrides logged for the article: who gave them, and why. */
  overrides: Array<{ actor: string; reason: string }>;
}

/** A new library whose sample article (one quotation, not annotated) is set up by `arrange`. */
function libraryWith(arrange: (library: Library, sampleId: string) => void): {
  file: string;
  sampleId: string;
} {
  libraries += 1;
  const file = path.join(dir, `library-${libraries}.sqlite`);
  const library = openLibrary(file, { actor: 'seed' });
  const sampleId = library.articles.list(0, 1)[0]!.id;
  arrange(library, sampleId);
  library.close();
  return { file, sampleId };
}

function walk(...steps: ArticleStatus[]) {
  return (library: Library, id: string): void => {
    for (const step of steps) library.articles.setStatus(id, step, 'seed');
  };
}

function dismissTheQuote(library: Library, id: string): void {
  const facts = new FactCheckService(library);
  const listed = facts.list(id);
  if (!listed.ok) throw new Error(listed.failure.message);
  for (const quote of listed.value.suggestions) {
    facts.dismiss(
      { articleId: id, text: quote.text, start: quote.start, end: quote.end, kind: quote.kind },
      'seed',
    );
  }
}

/** The app's API over a library file, as `galley serve` runs it, closed after `run`. */
async function withApi<T>(file: string, run: (handlers: ApiHandlers) => Promise<T>): Promise<T> {
  const library = openLibrary(file);
  try {
    return await run(
      createApiHandlers({ library, loginName: apiActor, transport: 'http', appVersion: '0.0.0' }),
    );
  } finally {
    library.close();
  }
}

function readState(file: string, id: string): Pick<Answer, 'status' | 'overrides'> {
  const library = openLibrary(file);
  try {
    const article = library.articles.get(id);
    return {
      status: article?.status ?? null,
      overrides: article
        ? library.articles.quotes.overrides(id).map(({ actor, reason }) => ({ actor, reason }))
        : [],
    };
  } finally {
    library.close();
  }
}

async function moveThroughApi(
  file: string,
  id: string,
  status: ArticleStatus,
  reason?: string,
): Promise<Answer> {
  const result = await withApi(file, (handlers) =>
    dispatchApiCall(
      handlers,
      'articles:setStatus',
      { id, status, ...(reason ? { override: { reason } } : {}) },
      { validateOutputs: true },
    ),
  );
  const refusedBy = result.ok ? null : (result.error.rule?.code ?? result.error.code);
  return { refusedBy, ...readState(file, id) };
}

async function moveThroughCli(
  file: string,
  id: string,
  status: ArticleStatus,
  reason?: string,
): Promise<Answer> {
  let stdout = '';
  const code = await runCli(
    ['status', id, status, '--json', '--library', file, ...(reason ? ['--override', reason] : [])],
    { stdout: (text) => (stdout += text), stderr: () => undefined },
  );
  const printed = JSON.parse(stdout) as { error?: { code: string } };
  expect(code === 0, stdout).toBe(printed.error === undefined);
  return { refusedBy: printed.error?.code ?? null, ...readState(file, id) };
}

/** The same answer from both adapters, with each override credited to its own actor. */
function expectSameAnswer(api: Answer, cli: Answer): void {
  expect(cli.refusedBy).toBe(api.refusedBy);
  expect(cli.status).toBe(api.status);
  expect(cli.overrides.map(({ reason }) => reason)).toEqual(
    api.overrides.map(({ reason }) => reason),
  );
  for (const override of api.overrides) expect(override.actor).toBe(apiActor);
  for (const override of cli.overrides) expect(override.actor).toBe(cliActor);
}

interface StatusCase {
  rule: string;
  arrange: (library: Library, sampleId: string) => void;
  to: ArticleStatus;
  reason?: string;
  unknownArticle?: boolean;
  expected: Omit<Answer, 'overrides'> & { overrides: string[] };
}

const statusCases: StatusCase[] = [
  {
    rule: 'ready with an open quotation is refused',
    arrange: walk('editing', 'fact-check'),
    to: 'ready',
    expected: { refusedBy: 'quotes_open', status: 'fact-check', overrides: [] },
  },
  {
    rule: 'ready with an override goes through, the reason logged with the actor',
    arrange: walk('editing', 'fact-check'),
    to: 'ready',
    reason: 'Checked by phone with the speaker.',
    expected: {
      refusedBy: null,
      status: 'ready',
      overrides: ['Checked by phone with the speaker.'],
    },
  },
  {
    rule: 'ready with every quotation settled needs no override',
    arrange: (library, id) => {
      walk('editing', 'fact-check')(library, id);
      dismissTheQuote(library, id);
    },
    to: 'ready',
    expected: { refusedBy: null, status: 'ready', overrides: [] },
  },
  {
    rule: 'a jump the workflow does not have is refused, override or not',
    arrange: () => undefined,
    to: 'published',
    reason: 'In a hurry.',
    expected: { refusedBy: 'status_move_refused', status: 'draft', overrides: [] },
  },
  {
    rule: 'draft goes straight to ready, the gate still applied',
    arrange: () => undefined,
    to: 'ready',
    expected: { refusedBy: 'quotes_open', status: 'draft', overrides: [] },
  },
  {
    rule: 'draft goes straight to ready with an override',
    arrange: () => undefined,
    to: 'ready',
    reason: 'Checked by phone with the speaker.',
    expected: {
      refusedBy: null,
      status: 'ready',
      overrides: ['Checked by phone with the speaker.'],
    },
  },
  {
    rule: 'back from ready to editing needs no gate',
    arrange: walk('editing', 'fact-check', 'ready'),
    to: 'editing',
    expected: { refusedBy: null, status: 'editing', overrides: [] },
  },
  {
    rule: 'back from ready to draft needs no gate',
    arrange: walk('editing', 'fact-check', 'ready'),
    to: 'draft',
    expected: { refusedBy: null, status: 'draft', overrides: [] },
  },
  {
    rule: 'a published article reopens for editing',
    arrange: walk('editing', 'fact-check', 'ready', 'published'),
    to: 'editing',
    expected: { refusedBy: null, status: 'editing', overrides: [] },
  },
  {
    rule: 'an unknown article is not found',
    arrange: () => undefined,
    to: 'editing',
    unknownArticle: true,
    expected: { refusedBy: 'article_not_found', status: null, overrides: [] },
  },
];

describe('status moves: the API and the CLI give the same answer', () => {
  it.each(statusCases)('$rule', async ({ arrange, to, reason, unknownArticle, expected }) => {
    const viaApi = libraryWith(arrange);
    const viaCli = libraryWith(arrange);
    const api = await moveThroughApi(
      viaApi.file,
      unknownArticle ? unknownId : viaApi.sampleId,
      to,
      reason,
    );
    const cli = await moveThroughCli(
      viaCli.file,
      unknownArticle ? unknownId : viaCli.sampleId,
      to,
      reason,
    );
    expect(api).toMatchObject({
      refusedBy: expected.refusedBy,
      status: expected.status,
      overrides: expected.overrides.map((why) => ({ reason: why })),
    });
    expectSameAnswer(api, cli);
  });

  it('keeps the API error codes the interface already handles', async () => {
    const { file, sampleId } = libraryWith(walk('editing', 'fact-check'));
    const codes = await withApi(file, async (handlers) => {
      const codeOf = async (input: unknown): Promise<string> => {
        const result = await dispatchApiCall(handlers, 'articles:setStatus', input, {});
        return result.ok ? 'ok' : result.error.code;
      };
      return [
        await codeOf({ id: sampleId, status: 'ready' }),
        await codeOf({ id: sampleId, status: 'published' }),
        await codeOf({ id: unknownId, status: 'ready' }),
        await codeOf({ id: sampleId, status: 'ready', baseVersion: 1 }),
      ];
    });
    expect(codes).toEqual(['blocked', 'invalid_input', 'not_found', 'conflict']);
  });
});

/** Ready by an override (logged through the workflow, as every adapter logs it), then maybe edited. */
function overrideThenEdit(isEdited: boolean) {
  return (library: Library, id: string): void => {
    walk('editing', 'fact-check')(library, id);
    const moved = new ArticleWorkflow(library).moveStatus(
      { id, status: 'ready', override: { reason: 'Confirmed.' } },
      'seed',
    );
    if (!moved.ok) throw new Error(moved.failure.message);
    if (!isEdited) return;
    const { body } = moved.value.article;
    const added = { type: 'paragraph', content: [{ type: 'text', text: 'Ещё абзац.' }] };
    library.articles.update(
      id,
      { body: { ...body, content: [...(body.content ?? []), added] } },
      'seed',
    );
  };
}

/** Which articles an export held back, and for which rule. */
async function exportThroughApi(file: string, outDir: string): Promise<Array<[string, string]>> {
  return withApi(file, async (handlers) => {
    const started = await dispatchApiCall(handlers, 'export:start', {
      selection: { status: 'ready' },
      outDir,
      baseUrl: 'https://news.example',
    });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    for (;;) {
      const polled = await dispatchApiCall(handlers, 'export:status', { jobId });
      if (!polled.ok) throw new Error(polled.error.message);
      const status = polled.value as {
        state: string;
        summary: { blocked: Array<{ id: string; rule: { code: string } }> } | null;
      };
      if (status.state !== 'running') {
        return status.summary!.blocked.map((held): [string, string] => [held.id, held.rule.code]);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

async function exportThroughCli(file: string, outDir: string): Promise<Array<[string, string]>> {
  let stdout = '';
  const code = await runCli(
    [
      'export',
      '--status',
      'ready',
      '--out',
      outDir,
      '--base-url',
      'https://news.example',
      '--json',
      '--library',
      file,
    ],
    { stdout: (text) => (stdout += text), stderr: () => undefined },
  );
  expect(code).toBe(0);
  const { blocked } = JSON.parse(stdout) as {
    blocked: Array<{ id: string; rule: { code: string } }>;
  };
  return blocked.map((held) => [held.id, held.rule.code]);
}

describe('the export gate: the API and the CLI hold back the same articles', () => {
  it.each([
    {
      rule: 'a ready article with an open quotation is held back',
      arrange: walk('editing', 'fact-check', 'ready'),
      heldBack: ['quotes_open'],
    },
    {
      rule: 'an override given for the current text lets it through',
      arrange: overrideThenEdit(false),
      heldBack: [],
    },
    {
      rule: 'an override given before the text changed no longer counts',
      arrange: overrideThenEdit(true),
      heldBack: ['quotes_open'],
    },
  ])('$rule', async ({ arrange, heldBack }) => {
    const viaApi = libraryWith(arrange);
    const viaCli = libraryWith(arrange);
    const api = await exportThroughApi(viaApi.file, path.join(dir, `site-api-${libraries}`));
    const cli = await exportThroughCli(viaCli.file, path.join(dir, `site-cli-${libraries}`));
    expect(api).toEqual(heldBack.map((code) => [viaApi.sampleId, code]));
    expect(cli).toEqual(heldBack.map((code) => [viaCli.sampleId, code]));
  });
});
