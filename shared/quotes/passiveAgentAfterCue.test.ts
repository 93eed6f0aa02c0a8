import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('an English passive speech verb with its agent (issue 14): the agent speaks', () => {
  it('gives the words to whoever they were said by, before or after the quotation', () => {
    expect(speakers('Mary Jones was told by John Smith: "You are fired."', 'en')).toEqual([
      'John Smith',
    ]);
    expect(speakers('"You are right," Mary Jones was told by John Smith.', 'en')).toEqual([
      'John Smith',
    ]);
  });

  it('keeps the subject of an active verb', () => {
    expect(speakers('John Smith told Mary Jones: "You are fired."', 'en')).toEqual(['John Smith']);
  });
});
