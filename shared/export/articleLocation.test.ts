import { describe, expect, it } from 'vitest';
import { articleLocation } from './articleLocation';
import { imageFileName } from './imageFileName';
import { safePathSegment } from './safePathSegment';

const segmentPattern = /^[a-z0-9-]{1,80}$/;

describe('safe export paths', () => {
  it('places an article at <rubric-slug>/<slug>/', () => {
    expect(
      articleLocation({ id: '01JX00000000000000000000R1', slug: 'my-story', rubric: 'Общество' }),
    ).toEqual({
      rubricSlug: 'obshchestvo',
      slug: 'my-story',
      path: 'obshchestvo/my-story/',
    });
    expect(
      articleLocation({ id: '01JX00000000000000000000R1', slug: 'x', rubric: '' }).rubricSlug,
    ).toBe('news');
  });

  it('reduces hostile segments to [a-z0-9-]', () => {
    const hostile = [
      '../../etc',
      '/etc/passwd',
      '．．／．．／etc',
      '..\\..\\windows',
      'a\u0000b',
      'con',
      'LPT1',
      'name...',
      'x'.repeat(300),
      '‮evil',
      '',
      '..',
      '🙂',
    ];
    for (const text of hostile) {
      const segment = safePathSegment(text, 'fallback');
      expect(segment, JSON.stringify(text)).toMatch(segmentPattern);
      expect(['con', 'lpt1', '.', '..']).not.toContain(segment);
    }
    expect(safePathSegment('../../etc', 'news')).toBe('etc');
    expect(safePathSegment('con', 'news')).toBe('con-x');
    expect(safePathSegment('..', 'news')).toBe('news');
  });

  it('falls back to the id when the slug has nothing usable', () => {
    expect(
      articleLocation({ id: '01JX00000000000000000000R1', slug: '../..', rubric: '/' }).path,
    ).toBe('news/01jx00000000000000000000r1/');
  });

  it('names images <slug>-<n>.<ext> and refuses types the site does not publish', () => {
    expect(imageFileName('story', 2, 'image/JPEG')).toBe('story-2.jpg');
    expect(imageFileName('story', 1, 'image/svg+xml')).toBeUndefined();
    expect(imageFileName('story', 1, 'text/html')).toBeUndefined();
  });
});
