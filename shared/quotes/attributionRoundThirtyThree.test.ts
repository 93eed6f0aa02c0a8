import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-three: a name owning a relative is not the speaker', () => {
  it('gives no name when a lone surname owns the kin who speaks', () => {
    expect(
      speakers(
        'The student fled abroad. Marlow\'s uncle told the radio: "After weeks of questioning, his friend gave up his name."',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Jan Marlow fled abroad. Marlow\'s lawyer said: "They took every paper we had in the office."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('still reads a body owning its department as the body', () => {
    expect(
      speakers(
        'Troops moved. Ruritania\'s defence ministry said: "The exercises will end next week as planned."',
        'en',
      )[0],
    ).toMatch(/^Ruritania/);
  });
});

describe('attribution, round thirty-three: an opening mark with a space after it', () => {
  it('opens a quotation at a mark glued to a colon or standing between spaces', () => {
    expect(
      speakers(
        'The student fled abroad. Jan Marlow told the radio:" After weeks of questioning, his friend gave up his name."',
        'en',
      ),
    ).toEqual(['Jan Marlow']);
    expect(
      speakers(
        'Talks went on. " The deal is dead and nobody will bring it back, " Ann Lowe said.',
        'en',
      ),
    ).toEqual(['Ann Lowe']);
  });

  it('does not open one at a mark after a word, which closes', () => {
    expect(
      speakers('Talks went on. The plan was "dead " Ann Lowe said on Monday at the hall.', 'en'),
    ).toEqual([]);
  });
});

describe('attribution, round thirty-three: verbs of a raised or lowered voice', () => {
  it('reads yelling, screaming and muttering as speech', () => {
    expect(speakers('Tom Reed walked in. "Get out of my house now!" Reed yelled.', 'en')).toEqual([
      'Tom Reed',
    ]);
    expect(
      speakers('Ann Lowe ran outside. "Somebody call an ambulance!" she screamed.', 'en'),
    ).toEqual(['Ann Lowe']);
    expect(
      speakers(
        'Ann Lowe sat down. "This is not what we agreed," Lowe muttered as the vote was read.',
        'en',
      ),
    ).toEqual(['Ann Lowe']);
  });
});
