import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-two held out: the wrong names it showed', () => {
  it('takes an inverted verb right after the mark for the speaker when the comma is left out', () => {
    expect(
      speakers(
        'Jane Doe spoke first. "We will win," said Doe.\n\nThe Farm Union condemned the cuts: "These cuts are cruel and I condemn them. They hurt our members" said the union\'s General Secretary, Tom Reed.',
        'en',
      ),
    ).toEqual(['Jane Doe', 'Tom Reed']);
  });

  it('does not carry the last speaker into a paragraph a body opens as its subject', () => {
    expect(
      speakers(
        'Jane Doe spoke first. "We will win," said Doe.\n\nThe Farm Union condemned the cuts: "These cuts are cruel and I condemn them. They hurt our members."',
        'en',
      ),
    ).toEqual(['Jane Doe', '']);
  });

  it('still carries the last speaker on when the paragraph opens with a role', () => {
    expect(
      speakers(
        'Jane Doe spoke first. "We will win," said Doe.\n\nThe Prime Minister added: "These cuts are cruel and I condemn them. They hurt our members."',
        'en',
      ),
    ).toEqual(['Jane Doe', 'Jane Doe']);
  });
});
