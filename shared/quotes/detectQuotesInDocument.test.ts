import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../editor/extractPlainText';
import type { TiptapNode } from '../editor/tiptapJson';
import { detectQuotesInDocument } from './detectQuotesInDocument';

function paragraph(text: string): TiptapNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function blockquote(...paragraphs: string[]): TiptapNode {
  return { type: 'blockquote', content: paragraphs.map(paragraph) };
}

function doc(...content: TiptapNode[]): TiptapNode {
  return { type: 'doc', content };
}

describe('detectQuotesInDocument', () => {
  it('gives offsets into extractPlainText', () => {
    const document = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Заголовок' }] },
      paragraph('«Всё готово», — сказала Анна Белова.'),
    );
    const text = extractPlainText(document);
    const [quote] = detectQuotesInDocument(document);
    expect(quote).toMatchObject({ text: 'Всё готово', speaker: 'Анна Белова', kind: 'inline' });
    expect(text.slice(quote?.start, quote?.end)).toBe('Всё готово');
  });

  it('reads a blockquote as a block quotation attributed by a trailing dash line', () => {
    const document = doc(
      paragraph('Reporters asked about the budget.'),
      blockquote('“We will not raise taxes this year.”', '— Jane Smith, mayor of Springfield'),
    );
    const text = extractPlainText(document);
    const quotes = detectQuotesInDocument(document);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      text: 'We will not raise taxes this year.',
      speaker: 'Jane Smith',
      role: 'mayor of Springfield',
      kind: 'block',
      language: 'en',
    });
    expect(text.slice(quotes[0]?.start, quotes[0]?.end)).toBe('We will not raise taxes this year.');
  });

  it('attributes a blockquote from the paragraph before it, one quote per paragraph', () => {
    const document = doc(
      paragraph('Министр транспорта Иван Петров сказал:'),
      blockquote('Мы закончим ремонт к весне.', 'Денег на это хватит.'),
      paragraph('Он уехал в Тверь.'),
    );
    const quotes = detectQuotesInDocument(document);
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.kind, quote.cue])).toEqual([
      ['Мы закончим ремонт к весне.', 'Иван Петров', 'block', 'сказал'],
      ['Денег на это хватит.', 'Иван Петров', 'block', 'сказал'],
    ]);
    expect(quotes[0]?.role).toBe('Министр транспорта');
  });

  it('keeps a marked quotation inside a blockquote, once, as a block quotation', () => {
    const document = doc(blockquote('«Да», — сказал Иван Петров.'));
    const quotes = detectQuotesInDocument(document);
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.kind])).toEqual([
      ['Да', 'Иван Петров', 'block'],
    ]);
  });

  it('finds nothing in an empty document', () => {
    expect(detectQuotesInDocument({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
  });
});
