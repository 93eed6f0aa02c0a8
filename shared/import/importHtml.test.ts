import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../editor/tiptapJson';
import { findDocumentProblem } from '../editor/validateDocument';
import { htmlToDocument, importHtml } from './importHtml';

const pngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const pngId = createHash('sha256').update(Buffer.from(pngBase64, 'base64')).digest('hex');

function paragraph(text: string): TiptapNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function valid(body: TiptapNode): TiptapNode {
  expect(findDocumentProblem(body)).toBeNull();
  return body;
}

describe('importHtml: a normal article page', () => {
  const page = `<!doctype html><html lang="ru"><head>
    <meta charset="utf-8"><title>Новая библиотека — Городские новости</title>
    <meta name="description" content="Библиотека на Тверской приняла первых читателей.">
    <meta property="article:section" content="Культура">
    <meta name="keywords" content="библиотеки, Тверская; книги">
    <meta property="article:tag" content="Книги"><meta name="author" content="Анна Иванова">
  </head><body>
    <nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
    <article>
      <h1>В Москве   открылась
        новая библиотека</h1>
      <p>Библиотека на Тверской приняла первых читателей.</p>
      <p>В фонде &laquo;более&raquo;&nbsp;50&#160;тысяч книг &amp; журналов: <b>жирный</b>, <strong>тоже</strong>,
         <i>курсив</i>, <em>и <u>подчёркнутый</u></em>, <s>старое</s> <del>удалено</del>, м<sup>2</sup>, H<sub>2</sub>O,
         <a href="https://mos.ru/news" title="t" class="c" target="_top">ссылка</a>.<br>Новая строка.</p>
      <p>   </p><p><span></span></p><div><br></div>
      <h2>Что внутри</h2><h3>Залы</h3><h5>Мелкий</h5><h6>Совсем мелкий</h6><h1>Второй h1</h1>
      <ol start="3"><li>Читальный зал<ol><li>Тихий</li></ol></li><li><p>Детский</p><p>с двумя абзацами</p></li></ol>
      <ul><li>Кафе</li></ul>
      <blockquote><p>«Мы ждали этого десять лет», — сказал директор.</p></blockquote>
      <hr>
      <div>Текст в div <code>код</code><pre>строка 1
строка 2</pre></div>
    </article>
    <footer>© Городские новости</footer>
  </body></html>`;
  const article = importHtml(page);

  it('takes headline, lede, rubric, tags and byline from the page', () => {
    expect(article.headline).toBe('В Москве открылась новая библиотека');
    expect(article.lede).toBe('Библиотека на Тверской приняла первых читателей.');
    expect(article.rubric).toBe('Культура');
    expect(article.tags).toEqual(['библиотеки', 'Тверская', 'книги']);
    expect(article.bylines).toEqual(['Анна Иванова']);
    expect(article.language).toBe('ru');
    expect(article.relatedHeadlines).toEqual([]);
  });

  it('keeps only the <article>, without the lede paragraph that repeats the description', () => {
    const text = JSON.stringify(article.body);
    expect(text).not.toContain('Главная');
    expect(text).not.toContain('Городские новости');
    expect(text).not.toContain('приняла первых');
  });

  it('converts blocks, marks, entities and whitespace', () => {
    const body = valid(article.body);
    const [first, second] = body.content ?? [];
    expect(
      first?.content?.map((node) => [node.text ?? node.type, node.marks?.map((m) => m.type) ?? []]),
    ).toEqual([
      ['В фонде «более»\u00a050\u00a0тысяч книг & журналов: ', []],
      ['жирный', ['bold']],
      [', ', []],
      ['тоже', ['bold']],
      [', ', []],
      ['курсив', ['italic']],
      [', ', []],
      ['и ', ['italic']],
      ['подчёркнутый', ['italic', 'underline']],
      [', ', []],
      ['старое', ['strike']],
      [' ', []],
      ['удалено', ['strike']],
      [', м', []],
      ['2', ['superscript']],
      [', H', []],
      ['2', ['subscript']],
      ['O, ', []],
      ['ссылка', ['link']],
      ['.', []],
      ['hardBreak', []],
      ['Новая строка.', []],
    ]);
    const link = first?.content?.find((node) => node.text === 'ссылка')?.marks?.[0];
    expect(link?.attrs?.['href']).toBe('https://mos.ru/news');
    expect(link?.attrs?.['class']).toBeNull();
    expect(second).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Что внутри' }],
    });
    const headings = (body.content ?? []).filter((node) => node.type === 'heading');
    expect(headings.map((node) => [node.attrs?.['level'], node.content?.[0]?.text])).toEqual([
      [2, 'Что внутри'],
      [3, 'Залы'],
      [4, 'Мелкий'],
      [4, 'Совсем мелкий'],
      [2, 'Второй h1'],
    ]);
  });

  it('converts nested lists, quotes, rules and preformatted text', () => {
    const blocks = article.body.content ?? [];
    const list = blocks.find((node) => node.type === 'orderedList');
    expect(list).toEqual({
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [
            paragraph('Читальный зал'),
            { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('Тихий')] }] },
          ],
        },
        { type: 'listItem', content: [paragraph('Детский'), paragraph('с двумя абзацами')] },
      ],
    });
    expect(blocks.find((node) => node.type === 'bulletList')).toEqual({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('Кафе')] }],
    });
    expect(blocks.find((node) => node.type === 'blockquote')).toEqual({
      type: 'blockquote',
      content: [paragraph('«Мы ждали этого десять лет», — сказал директор.')],
    });
    expect(blocks.some((node) => node.type === 'horizontalRule')).toBe(true);
    expect(blocks.slice(-2)).toEqual([
      paragraph('Текст в div код'),
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'строка 1' },
          { type: 'hardBreak' },
          { type: 'text', text: 'строка 2' },
        ],
      },
    ]);
  });

  it('falls back to og:title or <title> and takes the paragraph after an h1 as lede', () => {
    expect(importHtml('<title>Just a title</title><p>Body text.</p>').headline).toBe(
      'Just a title',
    );
    const plain = importHtml('<h1>Headline</h1><p>The lede.</p><p>The body.</p>');
    expect([plain.headline, plain.lede, plain.language]).toEqual(['Headline', 'The lede.', 'en']);
    expect(plain.body.content).toEqual([paragraph('The body.')]);
  });
});

describe('importHtml: hostile input', () => {
  const hostile = `<html><head><meta http-equiv="refresh" content="0;url=javascript:alert(1)">
    <base href="javascript:alert(2)//"><link rel="stylesheet" href="https://evil.example/x.css">
    <style>body{background:url("javascript:alert(3)")}</style><script>alert(4)</script></head>
    <body onload="alert(5)">
    <h1 onclick="alert(6)">Safe headline</h1>
    <p style="background:url(javascript:alert(7))" class="x" id="y">Kept text
      <a href="javascript:alert(8)">js</a> <a href="jav&#x09;ascript:alert(9)">tab</a>
      <a href=" &#106;avascript:alert(10)">entity</a> <a href="JaVaScRiPt:alert(11)">case</a>
      <a href="java&#10;script:alert(12)">newline</a> <a href="&#x20;&#x01;javascript:alert(13)">control</a>
      <a href="vbscript:msgbox(14)">vb</a> <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxNSk8L3NjcmlwdD4=">data</a>
      <a href="/relative">relative</a> <a href="https://ok.example/?q=1" onmouseover="alert(16)">fine</a>
      <img src="x" onerror="alert(17)"><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTgpPg==">
      <svg onload="alert(19)"><script>alert(20)</script><foreignObject><p>svg text</p></foreignObject></svg>
      <math><mi xlink:href="javascript:alert(21)">math</mi></math></p>
    <iframe src="javascript:alert(22)">frame text</iframe><object data="x.swf">object text</object><embed src="x.swf">
    <form action="javascript:alert(23)"><input value="field"><button>press</button><textarea>area</textarea></form>
    <template><p>template text</p></template><noscript><p>noscript text</p></noscript>
    <p hidden>hidden text</p><div style="display:none">invisible</div>
    <p>Tail <b onmouseover="alert(24)">bold</b></p>
    </body></html>`;
  const article = importHtml(hostile);
  const json = JSON.stringify(article);

  it('keeps only safe content', () => {
    valid(article.body);
    expect(article.headline).toBe('Safe headline');
    expect(article.lede).toBe('Kept text js tab entity case newline control vb data relative fine');
    expect(article.body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Tail ' },
          { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        ],
      },
    ]);
    const links = htmlToDocument(hostile).body.content?.[1]?.content?.filter((node) => node.marks);
    expect(links?.map((node) => [node.text, node.marks?.[0]?.attrs?.['href']])).toEqual([
      ['fine', 'https://ok.example/?q=1'],
    ]);
  });

  it('lets nothing executable or styled through', () => {
    for (const banned of [
      'alert',
      'javascript',
      'vbscript',
      'data:',
      'onerror',
      'style',
      'script',
      'svg text',
      'frame text',
      'object text',
      'field',
      'press',
      'area',
      'template text',
      'noscript text',
      'hidden text',
      'invisible',
      'evil',
    ]) {
      expect(json).not.toContain(banned);
    }
    expect(article.images).toEqual([]);
  });

  it('flattens deep nesting and refuses absurd nesting with a clear error', () => {
    const deep = `${'<blockquote><ul><li><div>'.repeat(200)}deep${'</div></li></ul></blockquote>'.repeat(200)}<p>after</p>`;
    const body = valid(importHtml(deep).body);
    expect(JSON.stringify(body)).toContain('deep');
    expect(JSON.stringify(body)).toContain('after');
    const inline = `<p>${'<b><i><span>'.repeat(300)}x${'</span></i></b>'.repeat(300)}</p>`;
    expect(valid(importHtml(inline).body).content?.[0]?.content?.[0]).toEqual({
      type: 'text',
      text: 'x',
      marks: [{ type: 'bold' }, { type: 'italic' }],
    });
    expect(() => importHtml('<div>'.repeat(100_000))).toThrow(
      /nested more than 1000 elements deep/,
    );
  });
});

describe('importHtml: embedded images', () => {
  const dataUri = `data:image/png;base64,${pngBase64}`;

  it('turns a data: image in a figure into a figure node and an image', () => {
    const article = importHtml(
      `<p>Before</p><figure><img src="${dataUri}" alt="Зал"><figcaption>Новый зал. <span class="credit">Фото: mos.ru</span></figcaption></figure>`,
    );
    valid(article.body);
    expect(article.body.content?.[1]).toEqual({
      type: 'figure',
      attrs: { imageId: pngId, alt: 'Зал', caption: 'Новый зал.', credit: 'Фото: mos.ru' },
    });
    expect(article.images).toHaveLength(1);
    expect(article.images[0]?.mimeType).toBe('image/png');
    expect(article.images[0]?.imageId).toBe(pngId);
  });

  it('reads an unmarked credit from the caption and splits a paragraph around a bare image', () => {
    const figure = importHtml(
      `<figure><img src="${dataUri}"><figcaption>Зал. Фото: Иван Петров</figcaption></figure>`,
    );
    expect(figure.body.content?.[0]?.attrs).toMatchObject({
      caption: 'Зал.',
      credit: 'Фото: Иван Петров',
    });
    const split = importHtml(`<p>one <img src="${dataUri}" alt="a"> two</p>`);
    expect(valid(split.body).content?.map((node) => node.type)).toEqual([
      'paragraph',
      'figure',
      'paragraph',
    ]);
    expect(split.images).toHaveLength(1);
  });

  it('never hot-links: a remote image goes, its caption stays as text', () => {
    const article = importHtml(
      '<figure><img src="https://example.com/a.jpg" alt="A"><figcaption>Подпись</figcaption></figure><img src="http://x/y.png">',
    );
    expect(valid(article.body).content).toEqual([paragraph('Подпись')]);
    expect(article.images).toEqual([]);
  });

  it('takes the image type from the bytes and refuses what is not a raster image', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString(
      'base64',
    );
    const article = importHtml(
      `<img src="data:image/png;base64,${jpeg}"><img src="data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}">`,
    );
    expect(article.images.map((image) => image.mimeType)).toEqual(['image/jpeg']);
  });
});

describe('htmlToDocument: clipboard HTML', () => {
  it('cleans Word clipboard HTML: o:p, mso styles, conditional comments, list paragraphs', () => {
    const word = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
      xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15">
      <!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
      <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style></head>
      <body lang=RU style='tab-interval:35.4pt'><!--StartFragment-->
      <h1><a name="_Toc1"></a><span lang=RU>Заголовок раздела<o:p></o:p></span></h1>
      <p class=MsoNormal><b style='mso-bidi-font-weight:normal'><span lang=RU>Жирный</span></b><span lang=RU>
      обычный <i style='mso-bidi-font-style:normal'>курсив</i> <a href="https://mos.ru/">ссылка</a><o:p></o:p></span></p>
      <p class=MsoNormal><o:p>&nbsp;</o:p></p>
      <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
      style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
      </span></span></span><![endif]><span lang=RU>Первый пункт<o:p></o:p></span></p>
      <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
      style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
      </span></span></span><![endif]>Вложенный<o:p></o:p></p>
      <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
      style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Второй пункт<o:p></o:p></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><![endif]>Раз<o:p></o:p></p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><![endif]>Два<o:p></o:p></p>
      <p class=MsoNormal><v:shape id="Picture_1" style='width:100pt'><v:imagedata src="file:///C:/Users/x/image001.png" o:title=""/></v:shape><![if !vml]><img
      width=100 src="file:///C:/Users/x/image001.png" v:shapes="Picture_1"><![endif]>После списка<o:p></o:p></p>
      <!--EndFragment--></body></html>`;
    const { body, images } = htmlToDocument(word);
    valid(body);
    expect(images).toEqual([]);
    expect(body.content).toEqual([
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: 'Заголовок раздела' }],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Жирный', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' обычный ' },
          { type: 'text', text: 'курсив', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' ' },
          {
            type: 'text',
            text: 'ссылка',
            marks: [
              {
                type: 'link',
                attrs: {
                  href: 'https://mos.ru/',
                  target: '_blank',
                  rel: 'noopener noreferrer nofollow',
                  class: null,
                  title: null,
                },
              },
            ],
          },
        ],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              paragraph('Первый пункт'),
              {
                type: 'bulletList',
                content: [{ type: 'listItem', content: [paragraph('Вложенный')] }],
              },
            ],
          },
          { type: 'listItem', content: [paragraph('Второй пункт')] },
        ],
      },
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [paragraph('Раз')] },
          { type: 'listItem', content: [paragraph('Два')] },
        ],
      },
      paragraph('После списка'),
    ]);
  });

  it('cleans Google Docs clipboard HTML: the guid <b> is not bold, span styles are', () => {
    const span = (style: string, text: string) =>
      `<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-variant:normal;vertical-align:baseline;white-space:pre;white-space:pre-wrap;${style}">${text}</span>`;
    const docs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-0a1b-2c3d-4e5f60718293">
      <h1 dir="ltr" style="line-height:1.38;margin-top:20pt;">${span('font-weight:400;font-style:normal;text-decoration:none;', 'Title')}</h1>
      <p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">${span('font-weight:400;font-style:normal;text-decoration:none;', 'Plain ')}${span('font-weight:700;font-style:normal;text-decoration:none;', 'bold')}${span('font-weight:400;font-style:italic;text-decoration:none;', ' italic')}${span('font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;', ' under')}${span('font-weight:400;text-decoration:line-through;', ' gone')}${span('font-weight:400;vertical-align:super;', '1')}</p>
      <br /><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation">${span('font-weight:400;', 'Item')}</p></li></ul>
      <p dir="ltr"><a href="https://example.com/page" style="text-decoration:none;">${span('color:#1155cc;font-weight:400;text-decoration:underline;', 'link')}</a></p></b><br class="Apple-interchange-newline">`;
    const { body } = htmlToDocument(docs);
    valid(body);
    expect(body.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Title' }],
    });
    expect(
      body.content?.[1]?.content?.map((node) => [node.text, node.marks?.map((m) => m.type) ?? []]),
    ).toEqual([
      ['Plain ', []],
      ['bold', ['bold']],
      [' italic', ['italic']],
      [' under', ['underline']],
      [' gone', ['strike']],
      ['1', ['superscript']],
    ]);
    expect(body.content?.[2]).toEqual({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('Item')] }],
    });
    expect(body.content?.[3]?.content?.[0]?.marks?.map((mark) => mark.type)).toEqual(['link']);
    expect(body.content).toHaveLength(4);
  });

  it('lets an element\'s own style outrank its tag: <b style="font-weight:normal"> is not bold', () => {
    const { body } = htmlToDocument(
      '<p><b style="font-weight:normal">plain</b> <b>bold</b> <i style="font-style:normal">upright</i> <u style="text-decoration:none">bare</u> <strong style="font-weight:400"><em>only italic</em></strong></p>',
    );
    valid(body);
    expect(
      body.content?.[0]?.content?.map((node) => [node.text, node.marks?.map((m) => m.type) ?? []]),
    ).toEqual([
      ['plain ', []],
      ['bold', ['bold']],
      [' upright bare ', []],
      ['only italic', ['italic']],
    ]);
  });

  it('keeps every pasted heading in the body and fixes stray list content', () => {
    const { body } = htmlToDocument(
      '<h1>Top</h1><li>stray item</li><li>another</li><ul>text in list<p>para in list</p></ul>',
    );
    valid(body);
    expect(body.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Top' }],
    });
    expect(body.content?.[1]).toEqual({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph('stray item')] },
        { type: 'listItem', content: [paragraph('another')] },
      ],
    });
    expect(body.content?.[2]).toEqual({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph('text in list'), paragraph('para in list')] },
      ],
    });
  });

  it('gives an empty but valid body for nothing at all', () => {
    expect(htmlToDocument('').body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(valid(htmlToDocument('<script>x</script><p> &nbsp; </p>').body).content).toEqual([
      { type: 'paragraph' },
    ]);
  });
});
