import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../library/openLibrary';
import { FactCheckService } from './factCheckService';
import { reviewQuotes } from './reviewQuotes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-factcheck-'));
let library: Library;
let facts: FactCheckService;
let sampleId = '';
const unknownId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

beforeAll(() => {
  library = openLibrary(path.join(dir, 'library.sqlite'));
  facts = new FactCheckService(library, () => 1_700_000_000_000);
  sampleId = library.articles.list(0, 1)[0]!.id;
});
afterAll(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('FactCheckService', () => {
  it('suggests what the gate counts as open: one pass, one answer', () => {
    const listed = facts.list(sampleId);
    if (!listed.ok) throw new Error(listed.failure.message);
    const { open } = reviewQuotes(library, library.articles.get(sampleId)!);
    expect(listed.value.suggestions).toHaveLength(1);
    expect(listed.value.openCount).toBe(open.length);
    expect(open).toEqual([
      { exact: listed.value.suggestions[0]!.text, problem: 'not annotated', annotationId: null },
    ]);
  });

  it('refuses with rule values, never throws', () => {
    const codeOf = (outcome: { ok: boolean; failure?: { code: string } }) =>
      outcome.ok ? 'ok' : outcome.failure!.code;
    expect(codeOf(facts.list(unknownId))).toBe('article_not_found');
    expect(
      codeOf(
        facts.annotate(
          { articleId: sampleId, id: unknownId, kind: 'manual', speaker: '', role: '' },
          'checker',
        ),
      ),
    ).toBe('quote_not_saved');
    expect(
      codeOf(
        facts.dismiss(
          { articleId: sampleId, text: 'not there', start: 0, end: 9, kind: 'inline' },
          'checker',
        ),
      ),
    ).toBe('suggestion_outdated');
    expect(codeOf(facts.check(unknownId, { verdict: 'verified' }, 'checker'))).toBe(
      'annotation_not_found',
    );
    expect(codeOf(facts.history(unknownId))).toBe('annotation_not_found');
  });

  it('dismisses a suggestion so it is neither offered nor open any more', () => {
    const listed = facts.list(sampleId);
    if (!listed.ok) throw new Error(listed.failure.message);
    const [quote] = listed.value.suggestions;
    const dismissed = facts.dismiss(
      {
        articleId: sampleId,
        text: quote!.text,
        start: quote!.start,
        end: quote!.end,
        kind: quote!.kind,
      },
      'checker',
    );
    expect(dismissed).toMatchObject({
      ok: true,
      value: { state: 'dismissed', createdBy: 'checker' },
    });
    expect(facts.list(sampleId)).toMatchObject({
      ok: true,
      value: { suggestions: [], openCount: 0 },
    });
  });
});
