import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-three held out: the wrong names it showed', () => {
  it('does not take a capitalised word qualifying an unnamed speaker for a name', () => {
    const unnamed = [
      'The raid killed a commander. "It was wrong to kill him," said one Marib tribal leader.',
      'Prices rose again. "We cannot keep up," said a Texas oil executive.',
      'Tom Reed spoke first. "It was wrong to kill him," said one al-Marib tribal leader.',
    ];
    for (const text of unnamed) expect(speakers(text, 'en')).toEqual(['']);
  });

  it('still reads a lone surname after the verb as the speaker', () => {
    expect(speakers('Tom Reed spoke first. "It was wrong," said Reed.', 'en')).toEqual([
      'Tom Reed',
    ]);
  });

  it('does not give words an outlet heard "from" another source to the outlet', () => {
    const passedOn = [
      'Tom Reed spoke first. The Daily Star reported that it had learned from police officers that, "the man was armed."',
      'Tom Reed spoke first. The Daily Star reported that it had received word from the police that, "the man was armed."',
      'Tom Reed said he heard from neighbours that the man was "armed and angry."',
    ];
    for (const text of passedOn) expect(speakers(text, 'en')).toEqual(['']);
  });

  it('does not give the words of a claim the subject answers to the subject', () => {
    expect(
      speakers(
        'Tom Reed spoke first. The court responded to the union\'s assertions that the workers were "left without pay."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('still gives the words when "from" does not open a source before "that"', () => {
    expect(
      speakers(
        'Talks stalled. Prime Minister Tom Reed denounced a request from the envoy on the grounds that the town was "an integral part of the capital".',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('gives words unnamed others said to the reporter to no one', () => {
    const others = [
      'Tom Reed spoke first. He claimed that people have said to him that "the plan is dead."',
      'Tom Reed spoke first. He claimed that people told him that "the plan is dead."',
      'Tom Reed spoke first. He claimed that voters said "the plan is dead."',
    ];
    for (const text of others) expect(speakers(text, 'en')).toEqual(['']);
  });

  it('still gives the reporter words he says he said himself', () => {
    expect(
      speakers('Tom Reed spoke first. He claimed that he has said "the plan is dead."', 'en'),
    ).toEqual(['Tom Reed']);
  });

  it('reads a cue word after a numeral or determiner as a document, not a verb', () => {
    const documents = [
      'The statement by Tom Reed was made after the release of two reports condemning the plan, "The plan has failed in every district," reads the first report.',
      'The statement by Tom Reed came after two reports condemning the plan, "The plan has failed in every district."',
    ];
    for (const text of documents) expect(speakers(text, 'en')).toEqual(['']);
  });

  it('still reads a body or person before the same word as its subject', () => {
    expect(speakers('Tom Reed says the plan is "dead."', 'en')).toEqual(['Tom Reed']);
    expect(
      speakers(
        'Tom Reed spoke first. The company reports that sales are "better than ever."',
        'en',
      ),
    ).toEqual(['the company']);
  });
});

describe('attribution, round thirty-three held out: the quotations it left unattributed', () => {
  it('reads "quoted X, a long apposition, as saying" as X speaking', () => {
    const quoted = [
      'The paper ran a report. It quoted Tom Reed, a privately hired guard working for the army there, as saying that the pay is "poor".',
      'The paper ran a report. It quoted Tom Reed, a guard, as saying that the pay is "poor".',
    ];
    for (const text of quoted) expect(speakers(text, 'en')).toEqual(['Tom Reed']);
  });
});
