import { describe, expect, it } from 'vitest';
import {
  englishSampleArticle,
  russianSampleArticle,
  sampleSite,
  sampleTypography,
} from '../../test/support/exportSamples';
import type { ExportArticle } from './exportTypes';
import { renderArticleHtml } from './renderArticleHtml';
import { renderSiteIndex } from './renderSiteIndex';

const keepText = (text: string): string => text;

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  if (!match?.[1]) throw new Error('no JSON-LD');
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('renderArticleHtml', () => {
  it('writes a standalone page with lang, canonical URL, Open Graph and NewsArticle JSON-LD', () => {
    const html = renderArticleHtml(englishSampleArticle(), sampleSite, { typography: keepText });
    const canonical = 'https://news.example/city/city-council-approves-riverside-park/';
    expect(
      html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(html).toContain(`<link rel="canonical" href="${canonical}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(
      `<meta property="og:image" content="${canonical}city-council-approves-riverside-park-1.png">`,
    );
    expect(html).toContain(
      '<meta name="description" content="The vote ends a two-year debate over the old docks.">',
    );
    expect(jsonLdOf(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'City council approves the riverside park plan',
      description: 'The vote ends a two-year debate over the old docks.',
      url: canonical,
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
      datePublished: '2025-05-22T06:00:00Z',
      dateModified: '2025-05-22T06:00:00Z',
      inLanguage: 'en',
      articleSection: 'City',
      keywords: ['parks', 'council'],
      author: [
        { '@type': 'Person', name: 'John Smith' },
        { '@type': 'Person', name: 'Maria Garcia' },
      ],
      image: [`${canonical}city-council-approves-riverside-park-1.png`],
      publisher: {
        '@type': 'Organization',
        name: 'Городские новости',
        url: 'https://news.example/',
      },
    });
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toMatch(/https?:\/\/[^"]*\.(css|js|woff2?)"/);
  });

  it('gives the Russian sample its h1, lede, <q> quotation and «Другие новости»', () => {
    const html = renderArticleHtml(russianSampleArticle(), sampleSite, {
      typography: sampleTypography,
    });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain(
      '<h1>Московский инновационный кластер выходит на международный уровень</h1>',
    );
    expect(html).toContain('<p class="lede">Представители Белоруссии, Индии');
    expect(html).toContain('<p><q>Московский инновационный кластер объединяет');
    expect(html).toContain('обмена опытом</q>, — рассказала Наталья Сергунина.</p>');
    expect(html).toContain('в концертном зале «Зарядье».</p>');
    expect(html).toContain('<h2 id="related-heading">Другие новости</h2>');
    expect(html).toContain('<time datetime="2025-06-01T10:30:00Z">1\u00a0июня 2025</time>');
  });

  it('ends a Russian article with «Исправление» and lists it in the JSON-LD', () => {
    const article: ExportArticle = {
      ...russianSampleArticle(),
      corrections: [{ at: Date.UTC(2025, 5, 2, 8), text: 'Уточнено число участников.' }],
    };
    const html = renderArticleHtml(article, sampleSite, { typography: keepText });
    expect(html).toContain(
      '<aside class="corrections" aria-labelledby="corrections-heading">\n' +
        '<h2 id="corrections-heading">Исправление</h2>\n' +
        '<p><time datetime="2025-06-02T08:00:00Z">2\u00a0июня 2025</time>: Уточнено число участников.</p>\n' +
        '</aside>\n</article>',
    );
    expect(html.indexOf('class="corrections"')).toBeLessThan(html.indexOf('class="related"'));
    expect(jsonLdOf(html)['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Уточнено число участников.',
        datePublished: '2025-06-02T08:00:00Z',
      },
    ]);
  });

  it('heads several English corrections "Corrections", oldest first, in the page and JSON-LD', () => {
    const article: ExportArticle = {
      ...englishSampleArticle(),
      corrections: [
        { at: Date.UTC(2025, 5, 3), text: 'The vote was 7 to 2, not 6 to 3.' },
        { at: Date.UTC(2025, 4, 23), text: 'The park is 4 hectares.' },
      ],
    };
    const html = renderArticleHtml(article, sampleSite, { typography: keepText });
    expect(html).toContain('<h2 id="corrections-heading">Corrections</h2>');
    expect(html).toContain(
      '<p><time datetime="2025-05-23T00:00:00Z">May 23, 2025</time>: The park is 4 hectares.</p>\n' +
        '<p><time datetime="2025-06-03T00:00:00Z">June 3, 2025</time>: The vote was 7 to 2, not 6 to 3.</p>',
    );
    expect(jsonLdOf(html)['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'The park is 4 hectares.',
        datePublished: '2025-05-23T00:00:00Z',
      },
      {
        '@type': 'CorrectionComment',
        text: 'The vote was 7 to 2, not 6 to 3.',
        datePublished: '2025-06-03T00:00:00Z',
      },
    ]);
  });

  it('prints no corrections block and no JSON-LD correction for an article without any', () => {
    const html = renderArticleHtml(englishSampleArticle(), sampleSite);
    expect(html).not.toContain('<aside class="corrections"');
    expect(jsonLdOf(html)).not.toHaveProperty('correction');
  });

  it('prints a hostile correction as text and keeps the JSON-LD script closed', () => {
    const text = '</aside><script>alert(1)</script><img src=x onerror=alert(2)>';
    const article: ExportArticle = {
      ...englishSampleArticle(),
      corrections: [{ at: Date.UTC(2025, 5, 2), text }],
    };
    const html = renderArticleHtml(article, sampleSite, { typography: keepText });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(
      '&lt;/aside&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
    );
    const [correction] = jsonLdOf(html)['correction'] as Array<{ text: string }>;
    expect(correction?.text).toBe(text);
  });

  it('applies typography per language', () => {
    const article = { ...russianSampleArticle(), headline: 'Мэр - о "Зарядье"' };
    const html = renderArticleHtml(article, sampleSite, { typography: sampleTypography });
    expect(html).toContain('<h1>Мэр\u00a0— о «Зарядье»</h1>');
  });

  it('is deterministic', () => {
    const article = russianSampleArticle();
    expect(renderArticleHtml(article, sampleSite)).toBe(
      renderArticleHtml(structuredClone(article), sampleSite),
    );
  });

  it('escapes hostile text everywhere and keeps the JSON-LD script closed', () => {
    const article: ExportArticle = {
      ...englishSampleArticle(),
      headline: 'Evil </script><script>alert(1)</script> \u2028 & <b onmouseover="x">',
      lede: '" onload="alert(1)',
      rubric: '<style>body{display:none}</style>',
      tags: ['</script>'],
      bylines: ['<img src=x onerror=alert(1)>'],
      related: [
        { headline: 'bad', url: 'javascript:alert(1)' },
        { headline: 'data', url: 'data:text/html,x' },
      ],
    };
    const html = renderArticleHtml(article, sampleSite);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const attributeNames = (html.match(/<[a-z][^>]*>/gi) ?? []).map((tag) =>
      tag.replace(/"[^"]*"/g, '""'),
    );
    expect(attributeNames.filter((tag) => /\son[a-z]+=|\sstyle=/i.test(tag))).toEqual([]);
    expect(html).not.toContain('<style>body');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text');
    const jsonLd = jsonLdOf(html);
    expect(jsonLd['headline']).toBe(article.headline);
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(script).toContain('\\u003c/script\\u003e');
    expect(script).toContain('\\u2028');
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() =>
      renderArticleHtml(englishSampleArticle(), { baseUrl: 'javascript:alert(1)' }),
    ).toThrow();
  });
});

describe('renderSiteIndex', () => {
  it('lists articles newest first and skips entries with foreign paths', () => {
    const html = renderSiteIndex(
      [
        {
          id: 'a',
          headline: 'Old',
          rubric: 'City',
          language: 'en',
          path: 'city/old/',
          datePublished: '2025-01-01T00:00:00Z',
        },
        {
          id: 'b',
          headline: 'New',
          rubric: 'Общество',
          language: 'ru',
          path: 'obshchestvo/new/',
          datePublished: '2025-02-01T00:00:00Z',
        },
        {
          id: 'c',
          headline: 'Evil',
          rubric: '',
          language: 'ru',
          path: 'javascript:alert(1)//',
          datePublished: '2025-03-01T00:00:00Z',
        },
      ],
      sampleSite,
    );
    expect(html.indexOf('New')).toBeLessThan(html.indexOf('Old'));
    expect(html).toContain('<li lang="en"><article>');
    expect(html).not.toContain('Evil');
  });
});
