import { beforeEach, describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import type { ArticleRepository } from './articleRepository';
import { createMemoryRepository } from '../../../test/support/createMemoryRepository';

const quoteId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
let repository: ArticleRepository;
let articleId: string;

const doc = (quote: string | null): TiptapNode => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Мэр сказал: «' },
        ...(quote
          ? [
              {
                type: 'text',
                text: quote,
                marks: [{ type: 'quoteAnchor', attrs: { id: quoteId } }],
              },
            ]
          : []),
        { type: 'text', text: '».' },
      ],
    },
  ],
});

beforeEach(() => {
  repository = createMemoryRepository();
  articleId = repository.create({ headline: 'Мэр', body: doc('Мы успеем к весне') }, 'anna').id;
  repository.quotes.create(
    {
      id: quoteId,
      articleId,
      kind: 'inline',
      exact: 'Мы успеем к весне',
      prefix: 'Мэр сказал: «',
      suffix: '».',
      start: 13,
      end: 30,
    },
    'checker',
    1,
  );
});

describe('quote annotations follow the text', () => {
  it('drop a verified quote to "changed since check" when its words change, and back when they return', () => {
    repository.quotes.update(
      quoteId,
      { verdict: 'verified', speaker: 'Сергей Собянин' },
      'checker',
      2,
    );
    repository.update(articleId, { body: doc('Мы успеем к лету') }, 'anna');
    let annotation = repository.quotes.get(quoteId)!;
    expect(annotation).toMatchObject({
      verdict: 'changed',
      checkedText: 'Мы успеем к весне',
      exact: 'Мы успеем к лету',
    });
    repository.update(articleId, { body: doc('Мы успеем к весне') }, 'anna');
    annotation = repository.quotes.get(quoteId)!;
    expect(annotation.verdict).toBe('verified');
    expect(repository.quotes.history(quoteId).map((entry) => entry.action)).toEqual([
      'created',
      'updated',
      'changed since check',
      'wording restored',
    ]);
  });

  it('keep a verified quote verified when only its typography changes, and drop it on a changed word', () => {
    repository.quotes.update(quoteId, { verdict: 'verified' }, 'checker', 2);
    // What the typograf does to it: no-break spaces after short words.
    repository.update(articleId, { body: doc('Мы\u00A0успеем к\u00A0весне') }, 'anna');
    expect(repository.quotes.get(quoteId)).toMatchObject({
      verdict: 'verified',
      exact: 'Мы\u00A0успеем к\u00A0весне',
    });
    repository.update(articleId, { body: doc('Мы\u00A0успеем к\u00A0осени') }, 'anna');
    expect(repository.quotes.get(quoteId)?.verdict).toBe('changed');
    expect(repository.quotes.history(quoteId).map((entry) => entry.action)).toEqual([
      'created',
      'updated',
      'changed since check',
    ]);
  });

  it('keep a deleted quote as orphaned, and revive it when an undo brings the anchor back', () => {
    repository.update(articleId, { body: doc(null) }, 'anna');
    expect(repository.quotes.get(quoteId)?.state).toBe('orphaned');
    repository.update(articleId, { body: doc('Мы успеем к весне') }, 'anna');
    expect(repository.quotes.get(quoteId)).toMatchObject({ state: 'active', start: 13, end: 30 });
  });

  it('record a private note in history without its words', () => {
    repository.quotes.update(quoteId, { note: 'Source is my cousin' }, 'checker', 3);
    const entries = JSON.stringify(repository.quotes.history(quoteId));
    expect(entries).not.toContain('cousin');
    expect(entries).toContain('"note":"changed"');
  });
});

describe('another machine’s decisions', () => {
  it('credit each change in history to the verified writer of its field, and to the fallback where none was stamped', () => {
    const [entry] = repository.quotes.ledgerEntries(articleId);
    repository.quotes.applyLedgerEntry(
      articleId,
      {
        ...entry!,
        speaker: 'Сергей Собянин',
        sourceRef: 'https://mos.ru',
        verdict: 'verified',
        checkedText: 'Мы успеем к весне',
        checkedBy: 'Анна',
        checkedAt: 5,
      },
      'desk',
      6,
      { speaker: 'Борис', checkedBy: 'Анна' },
    );
    expect(repository.quotes.get(quoteId)).toMatchObject({ checkedBy: 'Анна', checkedAt: 5 });
    expect(repository.quotes.history(quoteId).at(-1)).toEqual({
      at: 6,
      actor: 'Борис, desk, Анна',
      action: 'updated',
      details: { speaker: 'Сергей Собянин', source_ref: 'https://mos.ru', verdict: 'verified' },
    });
  });

  it('take an override given elsewhere once, however often it comes', () => {
    const override = {
      id: '01ARZ3NDEKTSV4RRFFQ69G5FB0',
      at: 7,
      actor: 'Вера',
      reason: 'Подтверждено',
      bodyHash: 'h',
      openQuotes: [],
    };
    repository.quotes.applyOverride(articleId, override);
    repository.quotes.applyOverride(articleId, override);
    expect(repository.quotes.overrideEntries(articleId)).toEqual([override]);
  });
});
