import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round eighteen (issue 14): wrong names', () => {
  it('names nobody for an unnamed representative of a body or a country', () => {
    // The body or the nationality is whom he speaks for; the text does not name him.
    expect(
      speakers(
        'Flights were halted. A spokesperson for the airline Qantas said "safety comes first for every passenger".',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'The park stayed shut. An anonymous senior Canadian military source told Reuters, "We were outnumbered and outgunned."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('still names a representative the text names', () => {
    expect(
      speakers(
        'Flights were halted. A Qantas spokesperson, Tom Lee, said "safety comes first for every passenger".',
        'en',
      ),
    ).toEqual(['Tom Lee']);
  });
});
