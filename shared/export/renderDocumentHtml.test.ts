import { describe, expect, it } from 'vitest';
import { createSampleDocument, sampleImageId } from '../editor/sampleDocument';
import type { TiptapNode } from '../editor/tiptapJson';
import type { DocumentRenderContext } from './renderDocumentHtml';
import { renderDocumentHtml } from './renderDocumentHtml';

const context: DocumentRenderContext = {
  language: 'ru',
  siteHost: 'news.example',
  image: (imageId) =>
    imageId === sampleImageId ? { fileName: 'story-1.jpg', mimeType: 'image/jpeg' } : undefined,
};

function render(...content: TiptapNode[]): string {
  return renderDocumentHtml({ type: 'doc', content }, context).html;
}

function paragraph(...content: TiptapNode[]): TiptapNode {
  return { type: 'paragraph', content };
}

describe('renderDocumentHtml', () => {
  it('renders every node and mark of the schema', () => {
    const { html, figures } = renderDocumentHtml(createSampleDocument(), context);
    for (const fragment of [
      '<h2>Город</h2>',
      '<strong>жирный</strong>',
      '<em>курсив</em>',
      '<u>подчёркнутый</u>',
      '<s>зачёркнутый</s>',
      'м<sup>2</sup>',
      'CO<sub>2</sub>',
      '<br><a href="https://example.com/news" rel="noopener noreferrer nofollow" target="_blank">ссылка</a>',
      '<h3>Итоги</h3>',
      '<ul>\n<li>Пункт</li>\n</ul>',
      '<ol>\n<li>Первый</li>\n</ol>',
      '<blockquote>\n<p>Цитата</p>\n</blockquote>',
      '<hr>',
      '<figure>\n<img src="story-1.jpg" alt="Площадь" decoding="async">\n<figcaption>Площадь <span class="credit">Фото: ТАСС</span></figcaption>\n</figure>',
      '<h4>Ещё</h4>',
    ]) {
      expect(html).toContain(fragment);
    }
    expect(html).not.toContain('<p></p>');
    expect(figures).toHaveLength(1);
  });

  it('keeps one <q> open across marks and leaves its quotation marks to CSS', () => {
    const html = render(
      paragraph(
        { type: 'text', text: '«Мы ' },
        { type: 'text', text: 'очень', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' рады», — сказал он.' },
      ),
    );
    expect(html).toBe('<p><q>Мы <strong>очень</strong> рады</q>, — сказал он.</p>\n');
  });

  it('drops unsafe links and unknown marks but keeps their text', () => {
    const html = render(
      paragraph(
        {
          type: 'text',
          text: 'click',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
        },
        {
          type: 'text',
          text: ' me',
          marks: [{ type: 'factCheck', attrs: { note: 'secret' } }, { type: 'code' }],
        },
        {
          type: 'text',
          text: ' <img src=x onerror=alert(1)>',
          marks: [{ type: 'bold', attrs: { style: 'x' } }],
        },
      ),
    );
    expect(html).toBe('<p>click me<strong> &lt;img src=x onerror=alert(1)&gt;</strong></p>\n');
  });

  it('drops unknown nodes but keeps their words', () => {
    const html = render(
      {
        type: 'codeBlock',
        attrs: { language: '"><script>' },
        content: [{ type: 'text', text: 'kept' }],
      },
      { type: 'details', content: [paragraph({ type: 'text', text: 'inner' })] },
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
      paragraph({
        type: 'mention',
        attrs: { id: 'x' },
        content: [{ type: 'text', text: '@anna' }],
      }),
    );
    expect(html).toBe('<p>kept</p>\n<p>inner</p>\n<p>@anna</p>\n');
  });

  it('refuses figures without a published image and hostile attributes', () => {
    const html = render(
      { type: 'figure', attrs: { imageId: '../../etc/passwd', alt: 'x' } },
      { type: 'figure', attrs: { imageId: 'a'.repeat(64), alt: 'not in the article' } },
      {
        type: 'heading',
        attrs: { level: 1, onclick: 'x' },
        content: [{ type: 'text', text: 'H' }],
      },
      {
        type: 'orderedList',
        attrs: { start: '1" onclick="x' },
        content: [paragraph({ type: 'text', text: 'stray' })],
      },
    );
    expect(html).toBe('<h2>H</h2>\n<ol>\n<li>\n<p>stray</p>\n</li>\n</ol>\n');
  });

  it('survives hostile nesting and odd shapes', () => {
    let deep: TiptapNode = paragraph({ type: 'text', text: 'deep' });
    for (let index = 0; index < 10_000; index += 1) deep = { type: 'blockquote', content: [deep] };
    expect(() => render(deep)).not.toThrow();
    const odd = {
      type: 'doc',
      content: [null, 3, { type: 'paragraph', content: 'x' }],
    } as unknown as TiptapNode;
    expect(renderDocumentHtml(odd, context).html).toBe('');
  });

  it('counts characters and words without figure captions', () => {
    const result = renderDocumentHtml(
      {
        type: 'doc',
        content: [
          paragraph({ type: 'text', text: 'Два слова' }),
          {
            type: 'figure',
            attrs: {
              imageId: sampleImageId,
              alt: 'a',
              caption: 'много слов в подписи',
              credit: '',
            },
          },
        ],
      },
      context,
    );
    expect(result.wordCount).toBe(2);
    expect(result.charCount).toBe(9);
  });

  it('typesets a whole paragraph at once, marks kept in place', () => {
    const typography = (text: string) => text.replace(/"([^"]*)"/g, '«$1»');
    const { html } = renderDocumentHtml(
      {
        type: 'doc',
        content: [
          paragraph(
            { type: 'text', text: 'зал "' },
            { type: 'text', text: 'Зарядье', marks: [{ type: 'italic' }] },
            { type: 'text', text: '"' },
          ),
        ],
      },
      { ...context, typography },
    );
    expect(html).toBe('<p>зал «<em>Зарядье</em>»</p>\n');
  });
});
