import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../editor/tiptapJson';
import { findDocumentProblem } from '../editor/validateDocument';
import { importMarkdown } from './importMarkdown';
import { parseFrontMatter } from './parseFrontMatter';

const pngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const pngId = createHash('sha256').update(Buffer.from(pngBase64, 'base64')).digest('hex');

const text = (value: string, types: string[] = []): TiptapNode =>
  types.length > 0
    ? { type: 'text', text: value, marks: types.map((type) => ({ type })) }
    : { type: 'text', text: value };
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });

function bodyOf(markdown: string): TiptapNode[] {
  const article = importMarkdown(markdown);
  expect(findDocumentProblem(article.body)).toBeNull();
  return article.body.content ?? [];
}

describe('importMarkdown: article fields', () => {
  it('reads front matter', () => {
    const article = importMarkdown(
      [
        '---',
        'title: "Библиотека: открытие"',
        'rubric: Культура',
        'tags: [книги, \'Тверская\', "город"]',
        'authors:',
        '  - Анна Иванова',
        '  - John Roe',
        'description: Лид из front matter. # a comment',
        '---',
        '# Библиотека: открытие',
        '',
        'Первый абзац текста.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      headline: 'Библиотека: открытие',
      rubric: 'Культура',
      lede: 'Лид из front matter.',
      tags: ['книги', 'Тверская', 'город'],
      bylines: ['Анна Иванова', 'John Roe'],
      language: 'ru',
    });
    // The repeated "# title" goes; the first paragraph stays body because the lede is known.
    expect(article.body.content).toEqual([paragraph(text('Первый абзац текста.'))]);
  });

  it('reads `author`, `lede` and comma-separated tags, and demotes an h1 that is not the title', () => {
    const article = importMarkdown(
      '---\ntitle: Title\nauthor: Jane Doe\nlede: The lede.\ntags: a, b\n---\n# Other\n\nText.',
    );
    expect(article).toMatchObject({
      headline: 'Title',
      lede: 'The lede.',
      bylines: ['Jane Doe'],
      tags: ['a', 'b'],
    });
    expect(article.body.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [text('Other')],
    });
  });

  it('without front matter: the first # heading is the headline, the next paragraph the lede', () => {
    const article = importMarkdown(
      '# City council approves budget\n\nThe council voted on **Tuesday**.\n\nMore text.\n',
    );
    expect(article).toMatchObject({
      headline: 'City council approves budget',
      lede: 'The council voted on Tuesday.',
      rubric: '',
      tags: [],
      bylines: [],
      language: 'en',
    });
    expect(article.body.content).toEqual([paragraph(text('More text.'))]);
  });

  it('treats a lone `---` line as a rule, not as front matter', () => {
    expect(parseFrontMatter('---\nno end').fields.size).toBe(0);
    expect(bodyOf('Text\n\n---\n\nMore').map((node) => node.type)).toEqual([
      'paragraph',
      'horizontalRule',
      'paragraph',
    ]);
  });
});

describe('importMarkdown: body constructs', () => {
  it('maps heading levels: ## h2, ### h3, #### and deeper h4, a later # h2', () => {
    const headings = bodyOf(
      '# Head\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six\n\n# Again\n',
    ).map((node) => [node.attrs?.['level'], node.content?.[0]?.text]);
    expect(headings).toEqual([
      [2, 'Two'],
      [3, 'Three'],
      [4, 'Four'],
      [4, 'Six'],
      [2, 'Again'],
    ]);
  });

  it('keeps emphasis, strong, strike, links, breaks; code becomes plain text', () => {
    const [first] = bodyOf(
      'Intro\n\nPlain *it* **bold** ***both*** ~~gone~~ `code` [link](https://mos.ru/a "t") <https://x.org>\nsoft  \nhard\\\nagain',
    ).slice(1);
    expect(first).toEqual(
      paragraph(
        text('Plain '),
        text('it', ['italic']),
        text(' '),
        text('bold', ['bold']),
        text(' '),
        text('both', ['bold', 'italic']),
        text(' '),
        text('gone', ['strike']),
        text(' code '),
        {
          type: 'text',
          text: 'link',
          marks: [
            {
              type: 'link',
              attrs: {
                href: 'https://mos.ru/a',
                target: '_blank',
                rel: 'noopener noreferrer nofollow',
                class: null,
                title: null,
              },
            },
          ],
        },
        text(' '),
        {
          type: 'text',
          text: 'https://x.org',
          marks: [
            {
              type: 'link',
              attrs: {
                href: 'https://x.org',
                target: '_blank',
                rel: 'noopener noreferrer nofollow',
                class: null,
                title: null,
              },
            },
          ],
        },
        text(' soft'),
        { type: 'hardBreak' },
        text('hard'),
        { type: 'hardBreak' },
        text('again'),
      ),
    );
  });

  it('refuses links other than http, https and mailto, keeping their text', () => {
    const [first] = bodyOf(
      'Intro\n\n[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:x) [d](data:text/html,x) [e](/relative) [f](mailto:desk@example.com)',
    ).slice(1);
    expect(
      first?.content?.map((node) => [node.text, node.marks?.[0]?.attrs?.['href'] ?? null]),
    ).toEqual([
      ['a b c d e ', null],
      ['f', 'mailto:desk@example.com'],
    ]);
  });

  it('converts lists, nested lists, ordered starts and quotes', () => {
    expect(
      bodyOf(
        'Intro\n\n- one\n- two\n\n  3. three\n  4. four\n\n> quoted\n> on two lines\n>\n> > nested',
      ).slice(1),
    ).toEqual([
      {
        type: 'bulletList',
        content: [
          item(paragraph(text('one'))),
          item(paragraph(text('two')), {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [item(paragraph(text('three'))), item(paragraph(text('four')))],
          }),
        ],
      },
      {
        type: 'blockquote',
        content: [
          paragraph(text('quoted on two lines')),
          { type: 'blockquote', content: [paragraph(text('nested'))] },
        ],
      },
    ]);
  });

  it('turns code blocks into plain paragraphs and tables into a paragraph per cell', () => {
    expect(
      bodyOf(
        'Intro\n\n```js\nconst a = 1;\n  indented\n```\n\n| h1 | h2 |\n|----|----|\n| c1 | c2 |',
      ).slice(1),
    ).toEqual([
      paragraph(text('const a = 1;'), { type: 'hardBreak' }, text('  indented')),
      paragraph(text('h1')),
      paragraph(text('h2')),
      paragraph(text('c1')),
      paragraph(text('c2')),
    ]);
  });

  it('embeds data: images as figures and drops remote ones', () => {
    const article = importMarkdown(
      `Intro\n\n![Зал](data:image/png;base64,${pngBase64} "Новый зал")\n\n![remote](https://example.com/x.png)\n\nText with ![inline](data:image/png;base64,${pngBase64}) image.`,
    );
    expect(findDocumentProblem(article.body)).toBeNull();
    expect(article.body.content?.slice(1)).toEqual([
      { type: 'figure', attrs: { imageId: pngId, alt: 'Зал', caption: 'Новый зал', credit: '' } },
      paragraph(text('Text with')),
      { type: 'figure', attrs: { imageId: pngId, alt: 'inline', caption: '', credit: '' } },
      paragraph(text('image.')),
    ]);
    expect(article.images.map((image) => image.imageId)).toEqual([pngId]);
  });

  it('runs raw HTML through the HTML rules, never passing it through', () => {
    const body = bodyOf(
      'Intro\n\n<script>alert(1)</script>\n\n<div onclick="alert(2)"><b>bold</b> <iframe src="x"></iframe></div>\n\nText <b onmouseover="alert(3)">inline</b> <img src=x onerror=alert(4)> <a href="javascript:alert(5)">bad</a> end.',
    ).slice(1);
    expect(body).toEqual([
      paragraph(text('bold', ['bold'])),
      paragraph(text('Text '), text('inline', ['bold']), text(' bad end.')),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/alert|script|onclick/);
  });

  it('refuses Markdown too long to be an article', () => {
    expect(() => importMarkdown('word '.repeat(500_000))).toThrow(/too long for one article/);
  });
});
