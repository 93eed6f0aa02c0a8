import { describe, expect, it } from 'vitest';
import {
  englishSampleArticle,
  russianSampleArticle,
  sampleSite,
  sampleTypography,
} from '../../test/support/exportSamples';
import { validateGalleyNinjs, validateNinjs } from '../../test/support/validateNinjs';
import { renderArticleNinjs } from './renderArticleNinjs';

describe('renderArticleNinjs', () => {
  it('is valid against ninjs 2.2 and the Galley extension schema', () => {
    for (const article of [englishSampleArticle(), russianSampleArticle()]) {
      const document = renderArticleNinjs(article, sampleSite, { typography: sampleTypography });
      expect(validateNinjs(document)).toEqual([]);
      expect(validateGalleyNinjs(document)).toEqual([]);
    }
  });

  it('maps the article fields to ninjs', () => {
    const document = renderArticleNinjs(englishSampleArticle(), sampleSite, {
      typography: (text) => text,
    });
    const uri = 'https://news.example/city/city-council-approves-riverside-park/';
    expect(document).toMatchObject({
      uri,
      type: 'text',
      version: '5',
      firstcreated: '2025-05-22T06:00:00Z',
      versioncreated: '2025-05-22T06:00:00Z',
      contentcreated: '2025-05-20T12:00:00Z',
      pubstatus: 'usable',
      language: 'en',
      slugline: 'city-council-approves-riverside-park',
      headlines: [{ role: 'main', value: 'City council approves the riverside park plan' }],
      descriptions: [
        { role: 'summary', value: 'The vote ends a two-year debate over the old docks.' },
      ],
      by: 'John Smith, Maria Garcia',
      people: [
        { name: 'John Smith', rel: 'author' },
        { name: 'Maria Garcia', rel: 'author' },
        { name: 'the mayor', rel: 'quoted' },
      ],
      subjects: [
        { name: 'City', rel: 'rubric', literal: 'rubric:city', uri: 'https://news.example/city/' },
        { name: 'parks', rel: 'keyword', literal: 'keyword:parks' },
        { name: 'council', rel: 'keyword', literal: 'keyword:council' },
      ],
    });
    const [body] = document.bodies;
    expect(body?.contenttype).toBe('text/html');
    expect(body?.value).toContain('<h2>What changes</h2>');
    expect(body?.wordcount).toBeGreaterThan(50);
    expect(document.associations).toEqual([
      expect.objectContaining({
        name: 'image-1',
        type: 'picture',
        uri: `${uri}city-council-approves-riverside-park-1.png`,
        by: 'Photo: J. Doe',
      }),
      expect.objectContaining({
        name: 'related-1',
        type: 'text',
        uri: 'https://news.example/city/docks-closed/',
      }),
    ]);
  });

  it('stays valid with hostile and empty fields', () => {
    const document = renderArticleNinjs(
      {
        ...russianSampleArticle(),
        lede: '',
        rubric: '',
        tags: ['🙂', ''],
        bylines: [],
        speakers: [],
        related: [
          { headline: 'x', url: 'javascript:alert(1)' },
          { headline: 'y', url: 'https://москва.рф/' },
          { headline: 'z', url: '/obshchestvo/other/' },
        ],
        body: { type: 'doc', content: [] },
      },
      sampleSite,
    );
    expect(validateNinjs(document)).toEqual([]);
    expect(validateGalleyNinjs(document)).toEqual([]);
    expect(document.associations).toEqual([
      expect.objectContaining({ uri: 'https://news.example/obshchestvo/other/' }),
    ]);
  });

  it('carries each correction as a "correction" description after the summary, still valid', () => {
    const document = renderArticleNinjs(
      {
        ...russianSampleArticle(),
        corrections: [
          { at: Date.UTC(2025, 5, 3, 12), text: 'Исправлена должность.' },
          { at: Date.UTC(2025, 5, 2, 8), text: '<script>alert(1)</script>' },
        ],
      },
      sampleSite,
      { typography: (text) => text },
    );
    expect(validateNinjs(document)).toEqual([]);
    expect(validateGalleyNinjs(document)).toEqual([]);
    expect(document.descriptions).toEqual([
      expect.objectContaining({ role: 'summary', contenttype: 'text/plain' }),
      {
        role: 'correction',
        contenttype: 'text/html',
        value:
          '<time datetime="2025-06-02T08:00:00Z">2\u00a0июня 2025</time>: &lt;script&gt;alert(1)&lt;/script&gt;',
      },
      {
        role: 'correction',
        contenttype: 'text/html',
        value:
          '<time datetime="2025-06-03T12:00:00Z">3\u00a0июня 2025</time>: Исправлена должность.',
      },
    ]);
  });

  it('carries corrections of an article without a lede, still valid', () => {
    const document = renderArticleNinjs(
      {
        ...englishSampleArticle(),
        lede: '',
        corrections: [{ at: Date.UTC(2025, 5, 3), text: 'Fixed a name.' }],
      },
      sampleSite,
    );
    expect(validateNinjs(document)).toEqual([]);
    expect(validateGalleyNinjs(document)).toEqual([]);
    expect(document.descriptions?.map((description) => description.role)).toEqual(['correction']);
  });

  it('rejects documents that break the Galley profile', () => {
    const document = renderArticleNinjs(englishSampleArticle(), sampleSite);
    expect(validateGalleyNinjs({ ...document, ednote: 'private note' })).not.toEqual([]);
    expect(validateGalleyNinjs({ ...document, keywords: ['x'] })).not.toEqual([]);
    expect(validateNinjs({ ...document, keywords: ['x'] })).not.toEqual([]);
    const summary = { role: 'summary', contenttype: 'text/plain', value: 'x' };
    expect(validateGalleyNinjs({ ...document, descriptions: [summary, summary] })).not.toEqual([]);
    expect(
      validateGalleyNinjs({
        ...document,
        descriptions: [{ role: 'correction', contenttype: 'text/plain', value: 'x' }],
      }),
    ).not.toEqual([]);
  });
});
