import { describe, expect, it } from 'vitest';
import { firstNameGender } from './firstNames';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-five (issue 14): blanks without a wrong name', () => {
  it('reads a first name written with accents as the one listed without', () => {
    expect(firstNameGender('Íngrid')).toBe('f');
    expect(firstNameGender('Ingrid')).toBe('f');
    expect(firstNameGender('Nicolás')).toBe('m');
    expect(firstNameGender('Nicolas')).toBe('m');
    // Cyrillic й and ё are letters of their own, not accented и and е.
    expect(firstNameGender('Андрей')).toBe('m');
    expect(firstNameGender('Пётр')).toBe('m');
    expect(firstNameGender('Ándrés')).toBeUndefined();
  });

  it('gives "she" to the woman once her accented first name shows her gender', () => {
    expect(
      speakers(
        'Íngrid Moreno met President Nicolas Duval in Paris. Moreno thanked Duval for his help. "We cannot leave them there," she said.',
        'en',
      ),
    ).toEqual(['Íngrid Moreno']);
    expect(
      speakers(
        'Production controller Ted Brandt spoke to the crew. "We have just had a report from a boat," he remarked.',
        'en',
      ),
    ).toEqual(['Ted Brandt']);
  });

  it('finds a short quotation after "condemned the"', () => {
    expect(
      speakers('Board member Patricia Curtis condemned the "hijack" of the parade.', 'en'),
    ).toEqual(['Patricia Curtis']);
    // A capitalised span, or one modifying the noun after it, is a name.
    expect(speakers('Board member Patricia Curtis condemned the "Green Mile" plan.', 'en')).toEqual(
      [],
    );
    expect(speakers('Board member Patricia Curtis condemned the "hijack" plan.', 'en')).toEqual([]);
  });

  it('finds a short quotation after "referred to X as a"', () => {
    expect(speakers('Tom Brandt referred to the plan as a "total mess" on Monday.', 'en')).toEqual([
      'Tom Brandt',
    ]);
    // Nothing between "referred to" and "as": the span is what the thing is called.
    expect(speakers('Division A is referred to as a "rescue act" in the bill.', 'en')).toEqual([]);
  });
});
