import { describe, expect, it } from 'vitest';
import { opensWithAdverbialPronoun } from './opensWithAdverbialPronoun';

describe('opensWithAdverbialPronoun', () => {
  it('finds a subject pronoun after a short phrase opening with a preposition', () => {
    expect(opensWithAdverbialPronoun('In a statement he said he would appeal.')).toBe(true);
    expect(opensWithAdverbialPronoun('At the hearing, she told the court more.')).toBe(true);
  });

  it('finds none after another opening or another subject', () => {
    expect(opensWithAdverbialPronoun('Later he said he would appeal.')).toBe(false);
    expect(opensWithAdverbialPronoun('In a statement the judge said he would appeal.')).toBe(false);
    expect(opensWithAdverbialPronoun('In court the judge ruled he was free.')).toBe(false);
    expect(opensWithAdverbialPronoun('In a statement, "he said" it.')).toBe(false);
  });
});
