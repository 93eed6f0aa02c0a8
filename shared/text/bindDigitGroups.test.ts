import { describe, expect, it } from 'vitest';
import { bindDigitGroups } from './bindDigitGroups';

describe('bindDigitGroups', () => {
  it('joins the groups of a number with no-break spaces', () => {
    expect(bindDigitGroups('объединит более 200 000 участников')).toBe(
      'объединит более 200\u00a0000 участников',
    );
    expect(bindDigitGroups('1 250 000 рублей')).toBe('1\u00a0250\u00a0000 рублей');
  });

  it('leaves numbers that are not grouped by thousands alone', () => {
    expect(bindDigitGroups('в 36 выставках и 2025 году')).toBe('в 36 выставках и 2025 году');
    expect(bindDigitGroups('10 государств, 12 34')).toBe('10 государств, 12 34');
  });
});
