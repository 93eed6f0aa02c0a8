import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('an English naming verb with "as" before the quotation (issue 14)', () => {
  it('binds the words however long its object runs', () => {
    expect(
      speakers(
        'Anna Berg wrote about the protest. She characterised the dispute between the church and the anonymous posters of the film as "a skirmish in a long war".',
        'en',
      ),
    ).toEqual(['Anna Berg']);
    expect(
      speakers(
        'Tom Reed described the plan of the regional council to shut the old bridge next spring as "a disgrace to the whole city".',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });
});
