import fs from 'node:fs';
import path from 'node:path';
import { buildDocx, docxParagraphs } from './buildDocx';
import { buildZip } from '../../support/buildZip';

/** What importing an input must end in; `either` still needs a clean outcome. */
export type ImportExpectation = 'reject' | 'import' | 'either';

/** The stored article, for inputs whose content must come through in a particular way. */
export interface StoredArticle {
  headline: string;
  lede: string;
  bodyText: string;
}

export interface HostileInput {
  /** Absolute path of the file (or folder, link…) to import. */
  file: string;
  label: string;
  expect: ImportExpectation;
  /** Why the stored article is wrong, or null; only for inputs that import. */
  verify?: (article: StoredArticle) => string | null;
}

const emojiSequences = ['👩‍👩‍👧‍👦', '🏳️‍🌈', '👨🏽‍💻', '🧑🏿‍🦯‍➡️'];
const combiningStack = `a${Array.from({ length: 60 }, (_, index) => String.fromCodePoint(0x300 + (index % 0x70))).join('')}`;

const contains =
  (...needles: string[]) =>
  (article: StoredArticle): string | null => {
    const text = `${article.headline}\n${article.lede}\n${article.bodyText}`;
    const missing = needles.filter((needle) => !text.includes(needle));
    return missing.length ? `lost ${JSON.stringify(missing)}` : null;
  };

/**
 * Writes the hostile import corpus into `dir` and describes it: damaged and bombing DOCX,
 * huge and deep HTML, broken encodings, tricky Unicode, odd file types and names.
 */
export function writeHostileImportCorpus(dir: string): HostileInput[] {
  const inputs: HostileInput[] = [];
  const add = (
    name: string,
    content: Uint8Array | string,
    expect: ImportExpectation,
    verify?: HostileInput['verify'],
  ): void => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    inputs.push({ file, label: name, expect, ...(verify ? { verify } : {}) });
  };
  const goodDocx = buildDocx(docxParagraphs(['Заголовок документа', 'Лид документа.', 'Текст.']));

  // DOCX: damaged, bombs, lies, hostile XML.
  add('valid.docx', goodDocx, 'import', contains('Заголовок документа'));
  add('truncated.docx', goodDocx.subarray(0, Math.floor(goodDocx.length / 2)), 'reject');
  const corrupt = Buffer.from(goodDocx);
  for (let offset = 200; offset < 260; offset += 1) corrupt[offset] = (corrupt[offset] ?? 0) ^ 0x5a;
  add('corrupt-data.docx', corrupt, 'reject');
  add('not-a-zip.docx', 'This is plain text with a .docx name.', 'reject');
  add('empty.docx', new Uint8Array(), 'reject');
  add(
    'bomb-declared-10gb.docx',
    buildDocx(docxParagraphs(['Бомба']), {
      extra: [
        { name: 'word/media/huge.bin', data: new Uint8Array(1000), declaredSize: 10 * 1024 ** 3 },
      ],
    }),
    'reject',
  );
  add(
    'bomb-ratio.docx',
    buildDocx(docxParagraphs(['Бомба']), {
      extra: [{ name: 'word/zeros.xml', data: new Uint8Array(8 * 1024 * 1024) }],
    }),
    'reject',
  );
  add(
    'bomb-liar.docx',
    buildDocx(docxParagraphs(['Бомба']), {
      extra: [
        { name: 'word/liar.xml', data: new Uint8Array(3_000_000).fill(65), declaredSize: 1000 },
      ],
    }),
    'reject',
  );
  add(
    'bomb-nested-zip.docx',
    buildDocx(docxParagraphs(['Вложенный архив', 'Текст.']), {
      extra: [
        {
          name: 'word/media/inner.zip',
          data: buildZip([{ name: 'zeros.bin', data: new Uint8Array(4 * 1024 * 1024) }]),
          store: true,
        },
      ],
    }),
    'either',
  );
  add(
    'too-many-entries.docx',
    buildDocx(docxParagraphs(['Много частей']), {
      extra: Array.from({ length: 10_001 }, (_, index) => ({ name: `x/${index}`, data: '' })),
    }),
    'reject',
  );
  add('no-document.docx', buildZip([{ name: 'word/other.xml', data: '<x/>' }]), 'reject');
  add(
    'xxe.docx',
    buildDocx(docxParagraphs(['Внешняя сущность', '&xxe;']), {
      prolog: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    }),
    'either',
    (article) => (/root:.*:0:0:/.test(article.bodyText) ? 'the body holds /etc/passwd' : null),
  );
  add(
    'billion-laughs.docx',
    buildDocx(docxParagraphs(['Смех', '&lol9;']), {
      prolog: `<!DOCTYPE w:document [<!ENTITY lol "lol">${Array.from(
        { length: 9 },
        (_, level) =>
          `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`,
      ).join('')}]>`,
    }),
    'either',
  );
  add(
    'docx-javascript-link.docx',
    buildDocx(
      '<w:p><w:hyperlink r:id="rIdEvil"><w:r><w:t>ссылка</w:t></w:r></w:hyperlink></w:p>' +
        docxParagraphs(['Заголовок со ссылкой', 'Текст.']),
      {
        extra: [
          {
            name: 'word/_rels/document.xml.rels',
            data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdEvil" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>',
          },
        ],
      },
    ),
    'either',
  );

  // Big and deep.
  const paragraph = `<p>${'Длинный абзац текста о городских новостях. '.repeat(40)}</p>\n`;
  add(
    'ten-megabytes.html',
    `<!doctype html><html><head><title>Большой файл</title></head><body><h1>Большой файл</h1>${paragraph.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(paragraph)))}</body></html>`,
    'either',
  );
  add(
    'nested-100k.html',
    `<h1>Глубина</h1>${'<div>'.repeat(100_000)}текст${'</div>'.repeat(100_000)}`,
    'either',
  );
  add('nested-100k-inline.html', `<h1>Глубина</h1><p>${'<b>'.repeat(100_000)}x</p>`, 'either');
  add('nested-quotes.md', `# Цитаты\n\n${'>'.repeat(20_000)} текст\n`, 'either');
  add(
    'nested-lists.md',
    `# Списки\n\n${Array.from({ length: 3000 }, (_, depth) => `${'  '.repeat(depth)}- пункт ${depth}`).join('\n')}\n`,
    'either',
  );
  add('brackets.md', `# Скобки\n\n${'['.repeat(100_000)}${']('.repeat(50_000)}\n`, 'either');
  add('million-char-paragraph.md', `# Абзац\n\n${'слово '.repeat(166_667)}\n`, 'either');
  add('million-char-line.txt', `Заголовок\n${'a'.repeat(1_000_000)}\n`, 'either');
  add(
    'many-attributes.html',
    `<h1>Атрибуты</h1><p ${Array.from({ length: 100_000 }, (_, index) => `a${index}="x"`).join(' ')}>текст</p>`,
    'either',
  );
  add(
    'huge-attribute.html',
    `<h1>Атрибут</h1><p title="${'x'.repeat(2_000_000)}">текст</p>`,
    'either',
  );

  // Encodings.
  add(
    'invalid-utf8.txt',
    Buffer.from([...Buffer.from('Заголовок\n'), 0xc3, 0x28, ...Buffer.from(' текст')]),
    'reject',
  );
  add(
    'overlong-utf8.md',
    Buffer.from([...Buffer.from('# Заголовок\n\n'), 0xc0, 0xaf, 0xe0, 0x80, 0xaf]),
    'reject',
  );
  add(
    'cesu-surrogate.txt',
    Buffer.from([...Buffer.from('Заголовок\n'), 0xed, 0xa0, 0x80, 0x41]),
    'reject',
  );
  add(
    'utf16-lone-surrogate.txt',
    Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]),
    'reject',
  );
  add('utf16-without-bom.txt', Buffer.from('Headline\nSome text here.', 'utf16le'), 'reject');
  add('nul-byte.txt', 'Заголовок\nтекст\u0000ещё', 'reject');
  add('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), 'reject');
  add('whitespace-only.md', ' \n\t\n   \n', 'reject');
  add('empty.txt', '', 'reject');
  add(
    'lone-surrogate-entities.html',
    '<h1>Суррогаты &#xD800; и &#56320;</h1><p>Текст &#xDBFF;&#x41; конец.</p>',
    'either',
  );
  add(
    'windows-1251-declared.html',
    Buffer.concat([
      Buffer.from('<meta charset="windows-1251"><h1>'),
      Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
      Buffer.from('</h1><p>x</p>'),
    ]),
    'import',
    contains('Привет'),
  );

  // Unicode that must come through whole.
  add(
    'emoji-zwj-body.md',
    `# Эмодзи в тексте\n\nЛид без эмодзи.\n\nСемья ${emojiSequences.join(' и ')} конец.\n`,
    'import',
    contains(...emojiSequences),
  );
  add(
    'emoji-zwj-headline.md',
    `# Семья ${emojiSequences[0] ?? ''}\n\nЛид ${emojiSequences[1] ?? ''} и мягкий перенос в слове Мос\u00adква.\n\nТекст.\n`,
    'import',
    (article) =>
      article.headline.includes(emojiSequences[0] ?? '') &&
      article.lede.includes(emojiSequences[1] ?? '') &&
      article.lede.includes('Мос\u00adква')
        ? null
        : `headline ${JSON.stringify(article.headline)}, lede ${JSON.stringify(article.lede)}: the ZWJ sequences or the soft hyphen did not come through`,
  );
  add(
    'combining-stack.txt',
    `Заголовок ${combiningStack}\n${`Текст ${combiningStack} `.repeat(20)}\n`,
    'import',
    contains(combiningStack),
  );
  add(
    'nfd-and-nfc.md',
    `# ${'Ёлка'.normalize('NFD')} и ${'Ёлка'.normalize('NFC')}\n\n${'café'.normalize('NFD')} и ${'café'.normalize('NFC')}.\n`,
    'import',
    (article) =>
      contains(
        'Ёлка',
        'café',
      )({
        headline: article.headline.normalize('NFC'),
        lede: article.lede.normalize('NFC'),
        bodyText: article.bodyText.normalize('NFC'),
      }),
  );
  add(
    'bidi-controls.md',
    '# Заголовок \u202Egnp.exe\u202C и \u2066изолят\u2069\n\nТекст \u200F\u202Bсправа налево\u202C и \u200E.\n',
    'import',
  );
  add(
    'control-characters.txt',
    `Заголовок\u0001\u0007\nТекст\u0008\u000b\u000c\u001b[31m\u007f\u0085\ufffe\uffff конец.\n`,
    'either',
  );

  // Not files, too big to read, wrong types, hostile names.
  const folder = path.join(dir, 'a-folder.txt');
  fs.mkdirSync(folder);
  inputs.push({ file: folder, label: 'a folder named .txt', expect: 'reject' });
  const device = path.join(dir, 'zeros.txt');
  fs.symlinkSync('/dev/zero', device);
  inputs.push({ file: device, label: 'a link to /dev/zero', expect: 'reject' });
  const sparse = path.join(dir, 'sparse-1gb.html');
  fs.writeFileSync(sparse, '<h1>x</h1>');
  fs.truncateSync(sparse, 1024 ** 3);
  inputs.push({ file: sparse, label: 'a sparse 1 GB .html', expect: 'reject' });
  inputs.push({ file: path.join(dir, 'missing.md'), label: 'a missing file', expect: 'reject' });
  add('program.exe', 'MZ\u0090\u0000', 'reject');
  add('legacy.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'reject');
  add('pdf-renamed.txt', '%PDF-1.7\n%âãÏÓ\n', 'reject');
  add('line\nbreak\u202Ename.docx', 'not a zip at all', 'reject');
  return inputs;
}
