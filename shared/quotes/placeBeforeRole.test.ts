import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a place in an opening phrase before an unnamed role (issue 14)', () => {
  it("is never the role holder: the role is the speech verb's own subject", () => {
    expect(
      speakers(
        'At the press conference in Lome, the minister praised the plan as "a real step forward."',
        'en',
      ),
    ).toEqual(['']);
    expect(speakers('In Paris, the minister said: "It is a real step forward."', 'en')).toEqual([
      '',
    ]);
  });

  it('still reads an apposition after a name no preposition governs, closed or not', () => {
    expect(
      speakers('Tom Reed, the minister, praised the plan as "a real step forward."', 'en'),
    ).toEqual(['Tom Reed']);
    expect(
      speakers(
        'Anna Berg, a spokesperson for the agency told reporters that aid would stop. "It is a grave mistake," Berg said.',
        'en',
      ),
    ).toEqual(['Anna Berg']);
  });
});

describe('one capitalised word after an indefinite article (issue 14)', () => {
  it('is a place the role is of, never the role holder', () => {
    expect(
      speakers(
        'Wikinews spoke with a Dover, Delaware pastor who had met the group. When asked about it, the pastor replied, "They were yelling at us."',
        'en',
      ),
    ).toEqual(['']);
  });
});
