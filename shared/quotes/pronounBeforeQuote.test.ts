import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('an English pronoun before the quotation for a person of unknown gender (issue 14)', () => {
  it('gives the words to the person last named when the pronoun introduces them', () => {
    expect(
      speakers(
        'Dalmar Oduya criticised the World Bank on Friday.\n\nTalking about its loans, he said that they were "a trap for the poor".',
        'en',
      ),
    ).toEqual(['Dalmar Oduya']);
  });

  it('still leaves a pronoun after the quotation unsure', () => {
    expect(
      speakers(
        'Dalmar Oduya criticised the World Bank on Friday.\n\n"They are a trap for the poor," he said of its loans.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads past the sentences inside quotations since the person was named', () => {
    expect(
      speakers(
        'Dalmar Oduya spoke in Accra on Friday, and the bank listened.\n\n"It fails us. Nobody listens to the farmers," he said.\n\nHe also criticised its loans, and remarked that "they are a trap for the poor".',
        'en',
      ),
    ).toEqual(['', 'Dalmar Oduya']);
  });
});
