import { describe, expect, it } from 'vitest';
import { isSameQuoteWording } from '../../shared/quotes/quoteWording';
import { applyTypography } from '../../shared/typography/applyTypography';

describe('the typograf and a checked quotation', () => {
  it.each([
    [
      'ru',
      'Московский инновационный кластер объединяет десятки тысяч участников - это 200 000 человек "из разных отраслей"...',
    ],
    ['en', 'We will finish by spring - "no doubt" about it... It is a 2020-2024 plan.'],
  ] as const)('in %s keeps the wording the same', (language, checked) => {
    const typografed = applyTypography(checked, language);
    expect(typografed).not.toBe(checked);
    expect(isSameQuoteWording(checked, typografed)).toBe(true);
  });
});
