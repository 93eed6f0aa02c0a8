import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('an English pull quote signed on its own line (issue 14)', () => {
  it('gives the words to the name after a dash on the same line', () => {
    expect(
      speakers(
        'Several sites kept the film online.\n\n"The fight is far from over." - Anna Berg\n\nThe row went on.',
        'en',
      ),
    ).toEqual(['Anna Berg']);
    expect(speakers('Talks stalled.\n\n"We will not give in." — Tom Reed', 'en')).toEqual([
      'Tom Reed',
    ]);
  });

  it('signs only a quotation opening its line, with a capitalised name after the dash', () => {
    expect(
      speakers('The team lost.\n\nAnna Berg wrote "we will not give in" - Tom Reed', 'en'),
    ).toEqual(['Anna Berg']);
    expect(speakers('The team lost.\n\n"We will not give in." - "Yes, we will."', 'en')).toEqual([
      '',
    ]);
  });

  it('carries no speaker into a quotation whose line ends in a signature or citation', () => {
    expect(
      speakers(
        'Anna Berg wrote about the protest. "It is a war," she said.\n\n"The fight is far from over." Anonymous poster, "Why we march"',
        'en',
      ),
    ).toEqual(['Anna Berg', '']);
    expect(
      speakers(
        'Anna Berg wrote about the protest. "It is a war," she said.\n\n"The fight is far from over." The march went on.',
        'en',
      ),
    ).toEqual(['Anna Berg', 'Anna Berg']);
  });
});
