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

describe('removing a quotation marked by hand', () => {
  const manualId = '01ARZ3NDEKTSV4RRFFQ69G5FB1';
  const detectedId = '01ARZ3NDEKTSV4RRFFQ69G5FB2';
  let articleId = '';

  beforeAll(() => {
    const article = library.articles.create({ headline: 'Ручная цитата' }, 'editor');
    articleId = article.id;
    const anchored = (id: string, text: string) => ({
      type: 'text',
      text,
      marks: [{ type: 'quoteAnchor', attrs: { id } }],
    });
    library.articles.update(
      articleId,
      {
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Мэр назвал проект ' },
                anchored(manualId, 'важнейшим для города'),
                { type: 'text', text: '. «' },
                anchored(detectedId, 'Мы успеем к весне'),
                { type: 'text', text: '», — сказал Иван Петров.' },
              ],
            },
          ],
        },
      },
      'editor',
    );
    const annotate = (id: string, kind: 'manual' | 'inline') =>
      facts.annotate({ articleId, id, kind, speaker: '', role: '' }, 'checker');
    expect(annotate(manualId, 'manual').ok).toBe(true);
    expect(annotate(detectedId, 'inline').ok).toBe(true);
  });

  const codeOf = (outcome: { ok: boolean; failure?: { code: string } }) =>
    outcome.ok ? 'ok' : outcome.failure!.code;

  it('refuses a detected quotation (it is dismissed, not removed) and an unknown one', () => {
    expect(codeOf(facts.removeManual(detectedId, 'checker'))).toBe('quote_not_manual');
    expect(codeOf(facts.removeManual(unknownId, 'checker'))).toBe('annotation_not_found');
    expect(library.articles.quotes.get(detectedId)?.state).toBe('active');
  });

  it('takes it out of the panel and the gate, and keeps who removed it in the history', () => {
    const before = facts.list(articleId);
    if (!before.ok) throw new Error(before.failure.message);
    expect(before.value.annotations.map((a) => a.id)).toContain(manualId);

    const removed = facts.removeManual(manualId, 'Анна');
    expect(removed).toMatchObject({ ok: true, value: { id: manualId, state: 'dismissed' } });

    const after = facts.list(articleId);
    if (!after.ok) throw new Error(after.failure.message);
    const listed = after.value.annotations.filter((a) => a.state !== 'dismissed');
    expect(listed.map((a) => a.id)).toEqual([detectedId]);
    expect(after.value.openCount).toBe(before.value.openCount - 1);
    const history = facts.history(manualId);
    if (!history.ok) throw new Error(history.failure.message);
    expect(history.value.at(-1)).toMatchObject({
      actor: 'Анна',
      action: 'removed',
      details: { exact: 'важнейшим для города' },
    });
    // Removed once is gone: a second removal finds nothing to remove.
    expect(codeOf(facts.removeManual(manualId, 'Анна'))).toBe('annotation_not_found');
  });

  it('travels as a decision in the ledger, so another workstation takes it out too', () => {
    const entry = library.articles.quotes.ledgerEntries(articleId).find((e) => e.id === manualId);
    expect(entry).toMatchObject({ kind: 'manual', state: 'dismissed' });
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-factcheck-other-'));
    const other = openLibrary(path.join(otherDir, 'library.sqlite'));
    try {
      const there = other.articles.create({ headline: 'Там' }, 'editor');
      other.articles.quotes.applyLedgerEntry(there.id, { ...entry!, state: 'active' }, 'desk', 1);
      expect(other.articles.quotes.get(manualId)?.state).toBe('active');
      other.articles.quotes.applyLedgerEntry(there.id, entry!, 'desk', 2, { state: 'Анна' });
      expect(other.articles.quotes.get(manualId)?.state).toBe('dismissed');
    } finally {
      other.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('stays removed when the body is saved without its mark', () => {
    const article = library.articles.get(articleId)!;
    library.articles.update(
      articleId,
      {
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Мэр назвал проект важнейшим для города. «' },
                {
                  type: 'text',
                  text: 'Мы успеем к весне',
                  marks: [{ type: 'quoteAnchor', attrs: { id: detectedId } }],
                },
                { type: 'text', text: '», — сказал Иван Петров.' },
              ],
            },
          ],
        },
      },
      'Анна',
      article.version,
    );
    expect(library.articles.quotes.get(manualId)?.state).toBe('dismissed');
    const history = facts.history(manualId);
    if (!history.ok) throw new Error(history.failure.message);
    expect(history.value.map((entry) => entry.action)).not.toContain('orphaned');
  });

  it('does not hide what the detector finds in the same words', () => {
    const fresh = library.articles.create({ headline: 'Свежая' }, 'editor');
    const markedId = '01ARZ3NDEKTSV4RRFFQ69G5FB3';
    library.articles.update(
      fresh.id,
      {
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: '«' },
                {
                  type: 'text',
                  text: 'Мы успеем к весне',
                  marks: [{ type: 'quoteAnchor', attrs: { id: markedId } }],
                },
                { type: 'text', text: '», — сказал Иван Петров.' },
              ],
            },
          ],
        },
      },
      'editor',
    );
    expect(
      facts.annotate(
        { articleId: fresh.id, id: markedId, kind: 'manual', speaker: '', role: '' },
        'checker',
      ).ok,
    ).toBe(true);
    expect(facts.removeManual(markedId, 'checker').ok).toBe(true);
    const offered = reviewQuotes(library, library.articles.get(fresh.id)!).suggestions;
    expect(offered.map((suggestion) => suggestion.text)).toContain('Мы успеем к весне');
  });
});
