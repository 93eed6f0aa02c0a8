import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a cue inside the clause another speech verb reports (issue 14): its own subject speaks', () => {
  it('gives the cue to the name after the reporting verb, with or without "that"', () => {
    expect(
      speakers('Anna Berg said Jan Novak told reporters "the plant will close".', 'en'),
    ).toEqual(['Jan Novak']);
    expect(
      speakers('Anna Berg said that Jan Novak told reporters: "The plant will close."', 'en'),
    ).toEqual(['Jan Novak']);
    expect(
      speakers('Anna Berg said Minister Jan Novak told reporters "the plant will close".', 'en'),
    ).toEqual(['Jan Novak']);
  });

  it('reads past auxiliaries before the cue, after "that" or a relative pronoun', () => {
    expect(
      speakers('John Smith denied that Mary Jones had called the deal "a disaster".', 'en'),
    ).toEqual(['Mary Jones']);
    expect(
      speakers('John Smith responded to Mary Jones, who had called the deal "a disaster".', 'en'),
    ).toEqual(['Mary Jones']);
  });

  it('leaves a role nobody names there unnamed', () => {
    expect(
      speakers('Anna Berg said the minister told reporters "the plant will close".', 'en'),
    ).toEqual(['']);
  });

  it('keeps the reporting verb its own subject after a day name', () => {
    expect(speakers('Anna Berg said Monday she was "deeply concerned".', 'en')).toEqual([
      'Anna Berg',
    ]);
  });
});
