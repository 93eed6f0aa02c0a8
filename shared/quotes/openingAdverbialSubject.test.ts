import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a colon introduction with no speech verb after an opening adverbial (issue 14)', () => {
  it('gives the words to the subject after the adverbial’s comma', () => {
    expect(
      speakers(
        'The army spoke. In a comment to the Daily Star, army Colonel Tom Reed struck a similar note: "We watch them."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
    expect(
      speakers('The army spoke. On Monday, Anna Berg had a different view: "We watch them."', 'en'),
    ).toEqual(['Anna Berg']);
  });

  it('names nobody when the subject after the comma is only a role', () => {
    expect(
      speakers(
        'The army spoke. In a letter to Tom Reed, the mayor had a different view: "We watch them."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads a capitalised title between a demonym and a name as the name’s', () => {
    expect(
      speakers('The army spoke. Thai army Colonel Anan Suksai said: "We watch them."', 'en'),
    ).toEqual(['Anan Suksai']);
  });

  it('reads one capitalised word before a lower-case noun as describing it, not as the speaker', () => {
    expect(
      speakers('The army spoke. Dutch navy veteran Piet Smit said: "We watch them."', 'en'),
    ).toEqual(['Piet Smit']);
  });
});
