import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-three (B): a titled name after a preposition', () => {
  it('gives no name when the title and name follow "of", "to" or "for"', () => {
    const words = 'said: "The bridge will stay closed until the inspection ends."';
    expect(speakers(`Rain fell. The office of Mayor Ann Lowe ${words}`, 'en')).toEqual(['']);
    expect(speakers(`Rain fell. An aide to Senator Tom Reed ${words}`, 'en')).toEqual(['']);
    expect(speakers(`Rain fell. The wife of Governor Tom Reed ${words}`, 'en')).toEqual(['']);
  });

  it('still reads a titled name after "according to" or opening its clause', () => {
    expect(
      speakers('Rain fell. "The bridge will stay closed," according to Senator Tom Reed.', 'en'),
    ).toEqual(['Tom Reed']);
    expect(
      speakers(
        'Rain fell. In a letter to Mayor Ann Lowe, Senator Tom Reed wrote: "The bridge will stay closed."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });
});

describe('attribution, round thirty-three (B): a name given as an example of a group', () => {
  it('gives no name to a group "like", "unlike" or "among them" a person', () => {
    expect(
      speakers('Rain fell. Tenants like Ann Lowe said the repairs were "far too slow."', 'en'),
    ).toEqual(['']);
    expect(
      speakers('Rain fell. Others, like Tom Reed, told us: "We have nowhere else to go."', 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        'Rain fell. Tenants, among them Ann Lowe, told us: "We have nowhere else to go."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('still reads the subject when the example stands apart from it', () => {
    expect(
      speakers('Rain fell. Like Tom Reed, Ann Lowe said the repairs were "far too slow."', 'en'),
    ).toEqual(['Ann Lowe']);
    expect(
      speakers('Rain fell. Ann Lowe, like Tom Reed, said the repairs were "far too slow."', 'en'),
    ).toEqual(['Ann Lowe']);
  });
});
