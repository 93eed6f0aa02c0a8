import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { countText } from '../../shared/text/countText';
import { blockquote, paragraph, text } from '../../test/support/tiptapNodes';
import { bodyJson } from './bodyJson';
import { countBody } from './countBody';

function doc(...content: TiptapNode[]): ProseMirrorNode {
  return getDocumentSchema().nodeFromJSON({ type: 'doc', content });
}

const figure = (caption: string): TiptapNode => ({
  type: 'figure',
  attrs: { imageId: 'a'.repeat(64), caption },
});

const article = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Бюджет Ростова-на-Дону')] },
  paragraph(text('В 2024 году расходы выросли на 3,5 % — до 1,5 млрд рублей.')),
  paragraph(text('Первая строка'), { type: 'hardBreak' }, text('вторая строка, O’Brien.')),
  figure('Здание мэрии'),
  blockquote(paragraph(text('«Мы справимся», — сказал мэр.')), paragraph(text('И ушёл.'))),
  { type: 'horizontalRule' },
  paragraph(),
  figure('  '),
  paragraph(text('Итог: e\u0301 и 👍🏽 считаются по одному знаку.')),
);

describe('countBody', () => {
  it('counts the body block by block exactly as the whole text is counted', () => {
    const whole = countText(article.textBetween(0, article.content.size, '\n\n', '\n'), 'ru');
    expect(countBody(article, 'ru')).toEqual({ body: whole, captions: 'Здание мэрии' });
  });

  it('recounts an edited document: the changed block anew, the others as they were', () => {
    countBody(article, 'ru');
    const edited = article.replace(3, 3, doc(paragraph(text('Новые слова '))).slice(1, 13));
    const whole = countText(edited.textBetween(0, edited.content.size, '\n\n', '\n'), 'en');
    expect(countBody(edited, 'en').body).toEqual(whole);
  });
});

describe('bodyJson', () => {
  it('is what doc.toJSON() gives, before and after an edit', () => {
    expect(bodyJson(article)).toEqual(article.toJSON());
    const edited = article.replace(3, 3, doc(paragraph(text('Ещё'))).slice(1, 4));
    expect(bodyJson(edited)).toEqual(edited.toJSON());
    expect(bodyJson(doc())).toEqual(doc().toJSON());
  });
});
