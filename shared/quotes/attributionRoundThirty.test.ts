import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty (issue 14): held-out r30 and r31 wrong names, by class', () => {
  it('keeps a weekday after "on" out of the name that follows it', () => {
    expect(
      speakers(
        'Tom Hart takes office this month. "This is our best force," according to Paul Lind, envoy to Oslo. Lind, who attended the parade, said the troops show "our commitment to allies." In an interview published on Friday Hart indicated he wishes to keep the tariffs. "If they help us, why would anybody keep tariffs?" he asked.',
        'en',
      ).at(-1),
    ).toBe('Tom Hart');
  });

  it('gives words a reporter says someone told to that someone, not to the reporter', () => {
    expect(
      speakers(
        'Tom Reed refused to take them. Reuters alleges that he told the envoy to "get rid of" them.',
        'en',
      ),
    ).toEqual(['Tom Reed']);
    expect(
      speakers(
        'The minister refused to take them. Reuters alleges he told the envoy to "get rid of" them.',
        'en',
      ),
    ).toEqual(['']);
  });
});

describe('attribution, round thirty (issue 14): a Russian clause after a reported quote', () => {
  it('is the next clause, not the attribution, when the quote stands in a «что» clause', () => {
    expect(
      speakers(
        'Вечер вёл Павел Орлов. Было рассказано, что автор в юности «не спал без книги», из того времени Смолин вспомнил двух поэтов.',
        'ru',
      ),
    ).toEqual(['']);
  });
});
