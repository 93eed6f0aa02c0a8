import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a participle phrase after an opening adverbial (issue 14)', () => {
  it('reads the place the participle names as part of the adverbial, not as the subject', () => {
    expect(
      speakers(
        'President Tovi Amega met the envoy today. At the press conference, held at Kolda International Airport in Lome, Amega thanked the envoy and praised him for his "deep concern for the region."',
        'en',
      ),
    ).toEqual(['Tovi Amega']);
  });
});
