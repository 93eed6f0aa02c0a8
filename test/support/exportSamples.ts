import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportArticle, Typography } from '../../shared/export/exportTypes';
import { link, paragraph, text } from './tiptapNodes';

const fixture = path.resolve(import.meta.dirname, '../fixtures/seed-article-ru.txt');

/** A 1×1 PNG, and its library id (sha256 of the bytes). */
export const samplePng = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082',
  'hex',
);
export const samplePngId = createHash('sha256').update(samplePng).digest('hex');

/** A site every export test uses. */
export const sampleSite = { baseUrl: 'https://news.example', siteName: 'Городские новости' };

/** A fixed publish time (2025-06-02T09:00:00Z): tests never depend on the clock. */
export const samplePublishAt = Date.UTC(2025, 5, 2, 9, 0, 0);

/**
 * A stand-in typographer, enough to show typography is applied per language: Russian
 * straight quotes become «ёлочки», a spaced hyphen an em dash with a no-break space.
 */
export const sampleTypography: Typography = (text, language) =>
  language === 'ru'
    ? text.replace(/"([^"]*)"/g, '«$1»').replace(/ - /g, '\u00a0— ')
    : text.replace(/ -- /g, ' — ');

/**
 * The Russian sample: the seed page of `test/fixtures/seed-article-ru.txt` (related
 * headlines, headline, rubric, lede, body with a «…» quotation) as an export article.
 */
export function russianSampleArticle(): ExportArticle {
  const lines = fs
    .readFileSync(fixture, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const related = lines.slice(1, 7).map((headline) => ({ headline }));
  const [headline = '', rubric = '', lede = '', ...body] = lines.slice(7);
  return {
    id: '01JX00000000000000000000R1',
    headline,
    lede,
    rubric,
    tags: ['инновации', 'БРИКС'],
    bylines: ['Анна Петрова'],
    slug: 'moskovskii-innovatsionnyi-klaster-vykhodit-na-mezhdunarodnyi-uroven',
    language: 'ru',
    body: { type: 'doc', content: body.map((line) => paragraph(text(line))) },
    createdAt: Date.UTC(2025, 5, 1, 8, 0, 0),
    updatedAt: Date.UTC(2025, 5, 1, 10, 30, 0),
    publishedAt: null,
    version: 3,
    related,
    images: [],
    speakers: ['Наталья Сергунина'],
    corrections: [],
  };
}

/** The English sample: headings, lists, links, a figure, a block quote and every mark. */
export function englishSampleArticle(): ExportArticle {
  const newTab = (href: string) => link(href, { target: '_blank', rel: null });
  return {
    id: '01JX00000000000000000000E1',
    headline: 'City council approves the riverside park plan',
    lede: 'The vote ends a two-year debate over the old docks.',
    rubric: 'City',
    tags: ['parks', 'council'],
    bylines: ['John Smith', 'Maria Garcia'],
    slug: 'city-council-approves-riverside-park',
    language: 'en',
    body: {
      type: 'doc',
      content: [
        paragraph(
          text('“We have waited long enough,” said the mayor. The plan covers 12 km'),
          text('2', { type: 'superscript' }),
          text(' and cuts CO'),
          text('2', { type: 'subscript' }),
          text(' by '),
          text('a lot', { type: 'bold' }, { type: 'italic' }),
          text('. Details are on '),
          text('the council site', newTab('https://council.example/parks?id=7&lang=en')),
          text(' and in '),
          text('our archive', newTab('https://news.example/city/older-story/')),
          text('.'),
        ),
        { type: 'heading', attrs: { level: 2 }, content: [text('What changes')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph(text('A new footbridge'))] },
            { type: 'listItem', content: [paragraph(text('Three playgrounds'))] },
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [text('Timeline')] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            { type: 'listItem', content: [paragraph(text('Design', { type: 'underline' }))] },
            { type: 'listItem', content: [paragraph(text('Old plan', { type: 'strike' }))] },
          ],
        },
        {
          type: 'figure',
          attrs: {
            imageId: samplePngId,
            alt: 'The old docks',
            caption: 'The old docks at dawn',
            credit: 'Photo: J. Doe',
          },
        },
        {
          type: 'blockquote',
          content: [paragraph(text('Parks are where a city breathes.'))],
        },
        { type: 'horizontalRule' },
        paragraph(
          text('Residents called the park "a long overdue gift to the east side of the river".'),
          { type: 'hardBreak' },
          text('Write to us: '),
          text('desk@news.example', newTab('mailto:desk@news.example')),
        ),
        { type: 'heading', attrs: { level: 4 }, content: [text('Contacts')] },
      ],
    },
    createdAt: Date.UTC(2025, 4, 20, 12, 0, 0),
    updatedAt: Date.UTC(2025, 4, 21, 15, 45, 0),
    publishedAt: Date.UTC(2025, 4, 22, 6, 0, 0),
    version: 5,
    related: [
      { headline: 'Docks closed for the winter', url: 'https://news.example/city/docks-closed/' },
      { headline: 'A story with no page yet' },
    ],
    images: [
      {
        imageId: samplePngId,
        fileName: 'IMG_0001.PNG',
        mimeType: 'image/png',
        width: 1,
        height: 1,
      },
    ],
    speakers: ['the mayor'],
    corrections: [],
  };
}

/** An article built to break out: hostile slug, rubric, headline, links and text. */
export function hostileArticle(): ExportArticle {
  return {
    ...englishSampleArticle(),
    id: '01JX00000000000000000000H1',
    slug: '../../etc',
    rubric: '．．／．．／',
    headline: 'Evil </script><script>alert(1)</script> \u2028 <b onmouseover="x">',
    lede: '" onload="alert(1)',
    corrections: [
      { at: Date.UTC(2025, 5, 2, 9), text: '</aside><script>alert(3)</script> \u0000' },
      { at: Date.UTC(2025, 5, 3, 9), text: '" onmouseover="alert(4)' },
    ],
    body: {
      type: 'doc',
      content: [
        paragraph(
          text('x', link('javascript:alert(1)')),
          text(' onclick="alert(1)" <script>alert(2)</script> \u0000\u0001\uFFFE\uD800'),
        ),
        { type: 'script', content: [text('kept text')] },
        {
          type: 'figure',
          attrs: {
            imageId: samplePngId,
            alt: '"><script>',
            caption: '</figcaption><script>',
            credit: '',
          },
        },
      ],
    },
  };
}

/** An export source over articles held in memory. */
export function memorySource(
  articles: ExportArticle[],
  images: ReadonlyMap<string, Uint8Array> = new Map([[samplePngId, samplePng]]),
) {
  return {
    articles: () => articles,
    readImage: (imageId: string) => {
      const bytes = images.get(imageId);
      return bytes ? { bytes, mimeType: 'image/png' } : undefined;
    },
  };
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/** Each file below `dir` (as listFiles names them) with the SHA-256 of its bytes. */
export function folderBytes(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((name) => [
      name,
      createHash('sha256')
        .update(fs.readFileSync(path.join(dir, name)))
        .digest('hex'),
    ]),
  );
}
