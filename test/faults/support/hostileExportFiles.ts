import fs from 'node:fs';
import path from 'node:path';
import { buildDocx, docxParagraphs } from './buildDocx';
import { makeSolidPng } from '../../support/makePng';
import { xssPayloads } from './xssPayloads';

const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'svg1\')"><script>alert("svg2")</script></svg>',
).toString('base64');
const png = makeSolidPng([200, 10, 10]).toString('base64');

/** Files with script payloads in every place an importer reads, for `galley import`. */
export function writeHostileExportFiles(dir: string): string[] {
  const files: Record<string, string | Buffer> = {
    'xss-elements.html': `<!doctype html><html lang="ru"><head><title>Title &lt;/title&gt;&lt;script&gt;alert("title")&lt;/script&gt;</title>
<meta name="description" content='"><script>alert("desc")</script>'>
<meta name="keywords" content="tag&lt;/script&gt;&lt;script&gt;alert('kw')&lt;/script&gt;, &lt;img src=x onerror=alert('kw2')&gt;">
<meta name="author" content="&quot;&gt;&lt;svg onload=alert('author')&gt;">
<meta property="article:section" content="Rubric&lt;script&gt;alert('section')&lt;/script&gt;">
<meta http-equiv="refresh" content="0;url=javascript:alert('refresh')">
<base href="javascript:alert('base')//">
<style>body{background:url("javascript:alert('css')")}</style>
<script>alert("head")</script></head><body>
<h1>Заголовок &lt;/script&gt;&lt;script&gt;alert("h1")&lt;/script&gt; \u2028 \u2029</h1>
<p>Первый абзац <img src=x onerror=alert("img")> и <b onmouseover="alert('b')">жирный</b>.</p>
<p onclick="alert('p')" style="background:url(javascript:alert('style'))">Ссылки:
<a href="javascript:alert('a1')">1</a> <a href="JaVaScRiPt:alert('a2')">2</a>
<a href=" javascript:alert('a3')">3</a> <a href="java&#x09;script:alert('a4')">4</a>
<a href="&#106;avascript:alert('a5')">5</a> <a href="javascript&colon;alert('a6')">6</a>
<a href="data:text/html,<script>alert('a7')</script>">7</a> <a href="vbscript:msgbox('a8')">8</a>
<a href="https://ok.example/" onmouseover="alert('a9')" target="_blank" ping="https://evil.example/">9</a>
<a href="https://ok.example/&quot;&gt;&lt;script&gt;alert('a10')&lt;/script&gt;">10</a></p>
<svg><script>alert("svg")</script><a xlink:href="javascript:alert('svga')"><text>svg</text></a><animate attributeName="href" to="javascript:alert('anim')"/></svg>
<math><mi xlink:href="javascript:alert('math')">m</mi><maction actiontype="statusline#https://evil.example">x</maction></math>
<iframe src="javascript:alert('iframe')"></iframe><iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>
<form action="javascript:alert('form')"><input type="submit" formaction="javascript:alert('formaction')" value="go"><button>go</button></form>
<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">
<details open ontoggle="alert('toggle')"><summary>s</summary>d</details>
<video><source onerror="alert('video')"></video><audio src=x onerror=alert('audio')></audio>
<noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></noscript>
<template><script>alert('template')</script></template>
<img src="data:image/svg+xml;base64,${svgWithScript}" alt="svg data">
<img src="data:image/png;base64,${png}" alt="&quot; onerror=&quot;alert('alt')">
<img src="https://evil.example/tracker.png" alt="remote">
<p>Текст с U+2028:\u2028 и U+2029:\u2029 и &lt;!-- комментарий --&gt;.</p>
<blockquote cite="javascript:alert('cite')">«Цитата», — сказал <a href="https://ok.example/">источник</a>.</blockquote>
</body></html>`,
    'xss-markdown.md': `---
title: "Markdown </script><script>alert('fm-title')</script>"
description: "<img src=x onerror=alert('fm-desc')>"
rubric: "</a><script>alert('fm-rubric')</script>"
tags: ["<svg onload=alert('fm-tag')>", "javascript:alert('fm-tag2')"]
author: "\\"><script>alert('fm-author')</script>"
---

# Ignored heading <script>alert('md-h1')</script>

Лид с <img src=x onerror=alert('md-img')> и \u2028 разделителем.

[1](javascript:alert('md1')) [2](JAVASCRIPT:alert('md2')) [3](<javascript:alert('md3')>)
[4](data:text/html;base64,PHNjcmlwdD5hbGVydCgnbWQ0Jyk8L3NjcmlwdD4=) [5](vbscript:msgbox('md5'))
![img](javascript:alert('md6')) ![img2](https://evil.example/remote.png)
<script>alert('md7')</script> <div onclick="alert('md8')">div</div>
[ok](https://ok.example/"onmouseover="alert('md9')) <https://ok.example/?q=<script>alert('md10')</script>>
[ref link][r] and <a href="javascript:alert('md11')">raw a</a>

[r]: javascript:alert('md12')

\`\`\`html
<script>alert('code-block')</script>
\`\`\`

Inline \`<script>alert('code')</script>\` and **<i onmouseover=alert('md13')>bold</i>**.
`,
    'xss-page-text.txt': `${xssPayloads.texts[0] ?? ''}\n\n${xssPayloads.texts.join('\n\n')}\n`,
    'xss-docx.docx': buildDocx(
      `<w:p><w:hyperlink r:id="rIdEvil"><w:r><w:t>docx javascript link</w:t></w:r></w:hyperlink></w:p>${docxParagraphs(
        [
          'DOCX &lt;/script&gt;&lt;script&gt;alert("docx")&lt;/script&gt;',
          'Лид &lt;img src=x onerror=alert("docx2")&gt;',
        ],
      )}`,
      {
        extra: [
          {
            name: 'word/_rels/document.xml.rels',
            data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdEvil" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(\'docx-link\')" TargetMode="External"/></Relationships>',
          },
        ],
      },
    ),
  };
  return Object.entries(files).map(([name, content]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  });
}
