import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('one word opening a sentence that opens or closes a full name named before (issue 14)', () => {
  it('is that person', () => {
    expect(
      speakers(
        'Somchai Rattanakul said the march would be watched.\n\nSomchai showed he knew where the sign came from, stating "We know it is from a film."',
        'en',
      ),
    ).toEqual(['Somchai Rattanakul']);
  });

  it('is nobody when no full name holds it', () => {
    expect(
      speakers(
        'Somchai Rattanakul said the march would be watched.\n\nWorried showed he knew where the sign came from, stating "We know it is from a film."',
        'en',
      ),
    ).toEqual(['']);
  });
});
