import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedArticleRuText } from '../../shared/samples/seedArticleRu';

describe('the sample article', () => {
  it('is the fixture page text, byte for byte', () => {
    const fixture = fs.readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/seed-article-ru.txt'),
      'utf8',
    );
    expect(seedArticleRuText).toBe(fixture);
  });
});
