import { describe, expect, it } from 'vitest';
import { pickPublicArticle } from '../../../shared/export/pickPublicArticle';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { englishSampleArticle, sampleSite } from '../../../test/support/exportSamples';
import { articleInputHash, exportFingerprint } from './articleInputHash';

describe('articleInputHash', () => {
  const fingerprint = exportFingerprint(sampleSite, applyTypography);

  it('is the same for the same article', () => {
    expect(articleInputHash(fingerprint, pickPublicArticle(englishSampleArticle()))).toBe(
      articleInputHash(fingerprint, pickPublicArticle(englishSampleArticle())),
    );
  });

  it('changes when a correction is added or its text changes, so the page is made again', () => {
    const article = englishSampleArticle();
    const before = articleInputHash(fingerprint, pickPublicArticle(article));
    const corrected = { ...article, corrections: [{ at: 1_750_000_000_000, text: 'Fixed.' }] };
    const after = articleInputHash(fingerprint, pickPublicArticle(corrected));
    expect(after).not.toBe(before);
    const reworded = { ...article, corrections: [{ at: 1_750_000_000_000, text: 'Fixed!' }] };
    expect(articleInputHash(fingerprint, pickPublicArticle(reworded))).not.toBe(after);
  });
});
