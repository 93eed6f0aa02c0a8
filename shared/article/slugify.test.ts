import { describe, expect, it } from 'vitest';
import { maxSlugLength, slugify } from './slugify';

describe('slugify', () => {
  it('transliterates and joins words with single hyphens', () => {
    expect(slugify('Щука и Юля: «съезд» в Ёлкине')).toBe('shchuka-i-iulia-sieezd-v-elkine');
    expect(slugify('  Café -- déjà vu!  ')).toBe('cafe-deja-vu');
  });

  it('gives back a slug already in shape unchanged, the same as transliterating it would', () => {
    // Each of these also passes through the whole transliteration once it is disturbed by a
    // character the fast path refuses, and must come out as its undisturbed self.
    const slugs = ['a', 'my-story', '2025-budget-1', 'x'.repeat(maxSlugLength), 'a-b-c-d-e'];
    for (const slug of slugs) {
      expect(slugify(slug)).toBe(slug);
      expect(slugify(`${slug} `)).toBe(slug);
      expect(slugify(slug.toUpperCase())).toBe(slug);
    }
  });

  it('still cuts a well-formed slug longer than the limit at a word boundary', () => {
    const long = Array.from({ length: 30 }, (_, index) => `word${index}`).join('-');
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
    expect(long.startsWith(`${slug}-`)).toBe(true);
    expect(slugify('y'.repeat(maxSlugLength + 5))).toBe('y'.repeat(maxSlugLength));
  });

  it('leaves alone what is not already a slug', () => {
    expect(slugify('-a')).toBe('a');
    expect(slugify('a--b')).toBe('a-b');
    expect(slugify('a-')).toBe('a');
  });
});
