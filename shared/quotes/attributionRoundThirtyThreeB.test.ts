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

describe('attribution, round thirty-three (B): a clause after a verb of knowing', () => {
  it('gives the words to the named subject of the clause, not the one who knew', () => {
    const words = '"the bridge will stay closed all winter."';
    expect(speakers(`Rain fell. Ann Lowe knew that Tom Reed would say ${words}`, 'en')).toEqual([
      'Tom Reed',
    ]);
    expect(speakers(`Rain fell. Ann Lowe feared Tom Reed might say ${words}`, 'en')).toEqual([
      'Tom Reed',
    ]);
    expect(speakers(`Rain fell. Ann Lowe remembered how Tom Reed said ${words}`, 'en')).toEqual([
      'Tom Reed',
    ]);
    expect(speakers(`Rain fell. Ann Lowe said that Tom Reed would say ${words}`, 'en')).toEqual([
      'Tom Reed',
    ]);
  });

  it('still gives the words to the one who knew when she is the clause subject again', () => {
    expect(
      speakers('Rain fell. Ann Lowe knew she had to tell them "the bridge stays shut."', 'en'),
    ).toEqual(['Ann Lowe']);
  });
});

describe('attribution, round thirty-three (B): a name given by an unnamed clause subject', () => {
  it('gives no name when critics, a body or "they" call the thing so', () => {
    expect(
      speakers('Rain fell. Ann Lowe said that critics called the bridge "a death trap."', 'en'),
    ).toEqual(['']);
    expect(
      speakers('Rain fell. Ann Lowe said the agency had labelled it "a death trap."', 'en'),
    ).toEqual(['']);
    expect(speakers('Rain fell. Ann Lowe said they called it "a death trap."', 'en')).toEqual(['']);
  });

  it('gives no name when the clause subject is a common noun saying the words', () => {
    expect(
      speakers('Rain fell. Ann Lowe said the council would say "no" to the bridge.', 'en'),
    ).toEqual(['']);
  });

  it('keeps the reporter for "called for" and for a clause subject that may be her', () => {
    expect(
      speakers('Rain fell. Ann Lowe said she called the bridge "a death trap."', 'en'),
    ).toEqual(['Ann Lowe']);
    expect(
      speakers('Rain fell. Ann Lowe said the report called for "urgent repairs."', 'en'),
    ).toEqual(['Ann Lowe']);
  });

  it('reads a noun before a participle cue as the object, not a subject', () => {
    expect(
      speakers(
        'Rain fell. Ann Lowe announced her plans saying, "The bridge will reopen in May."',
        'en',
      ),
    ).toEqual(['Ann Lowe']);
  });
});

describe('attribution, round thirty-three (B): the holder of a title after "of" or "for"', () => {
  it('gives no name for a lower-case title or a title holder set off by commas', () => {
    const words = 'said: "The bridge will stay closed until the inspection ends."';
    expect(speakers(`Rain fell. The son of the late senator Tom Reed ${words}`, 'en')).toEqual([
      '',
    ]);
    expect(speakers(`Rain fell. The office of the mayor, Ann Lowe, ${words}`, 'en')).toEqual(['']);
    expect(speakers(`Rain fell. A spokeswoman for the governor, Tom Reed, ${words}`, 'en')).toEqual(
      [''],
    );
  });

  it('still reads the name after a body or a place and its title', () => {
    expect(
      speakers(
        'Rain fell. The director of the museum, Ann Lowe, said: "The bridge will stay closed."',
        'en',
      ),
    ).toEqual(['Ann Lowe']);
  });
});

describe('attribution, round thirty-three (B): more reported clause subjects', () => {
  it('gives no name when the clause subject is someone owned by a name or by "his"', () => {
    expect(
      speakers('Rain fell. Police said Tom Reed\'s landlord told them: "He paid on time."', 'en'),
    ).toEqual(['']);
    expect(
      speakers('Rain fell. Tom Reed told police his landlord said: "He paid on time."', 'en'),
    ).toEqual(['']);
  });

  it('gives the words to the one named after "what"', () => {
    expect(
      speakers(
        'Rain fell. Ann Lowe repeated what Tom Reed had told her: "The bridge is finished."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });
});

describe('attribution, round thirty-three (B): a claim answered by someone else', () => {
  it("gives the words to the claim's named source, not to the one answering it", () => {
    expect(
      speakers(
        'Rain fell. Ann Lowe rejected Tom Reed\'s claim that the bridge was "unsafe."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
    expect(
      speakers(
        'Rain fell. Ann Lowe dismissed claims by Tom Reed that the bridge was "unsafe."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
    expect(
      speakers('Rain fell. Ann Lowe denied Tom Reed\'s charge that she was "a liar."', 'en'),
    ).toEqual(['Tom Reed']);
  });

  it('keeps the speaker when the claim is her own', () => {
    expect(
      speakers('Rain fell. Ann Lowe repeated her claim that the bridge was "unsafe."', 'en'),
    ).toEqual(['Ann Lowe']);
  });
});

describe('attribution, round thirty-three (B): quoted as saying', () => {
  it('gives the words to the one a cite verb quotes as saying them', () => {
    expect(
      speakers('Rain fell. Tom Reed quoted Ann Lowe as saying: "The bridge will reopen."', 'en'),
    ).toEqual(['Ann Lowe']);
    expect(
      speakers('Rain fell. The paper quoted Ann Lowe as saying the bridge was "unsafe."', 'en'),
    ).toEqual(['Ann Lowe']);
  });

  it('gives no name when the one quoted is unnamed, and keeps a passive subject', () => {
    expect(
      speakers('Rain fell. The paper quoted an engineer as saying: "The bridge is unsafe."', 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        'Rain fell. Ann Lowe was quoted by the paper as saying: "The bridge is unsafe."',
        'en',
      ),
    ).toEqual(['Ann Lowe']);
  });
});

describe('attribution, round thirty-three (B): one unnamed person after a quotation', () => {
  it('detects a short quotation that "one woman" or "a man" said, with no name', () => {
    expect(speakers('Rain fell. "Open the bridge," one woman shouted at him.', 'en')).toEqual(['']);
  });

  it('does not run the last speaker on to words an unnamed person said', () => {
    expect(
      speakers(
        'Ann Lowe spoke first. "The bridge must open now," she said. "We will not wait," a man shouted.',
        'en',
      ),
    ).toEqual(['Ann Lowe', '']);
  });
});

describe('attribution, round thirty-three (B): a document its issuer was named with', () => {
  it('gives the words of "the resolution" or "the statement" to whoever issued it', () => {
    expect(
      speakers(
        'Rain fell. The council passed a resolution. The resolution read, "The bridge must be rebuilt."',
        'en',
      ),
    ).toEqual(['the council']);
    expect(
      speakers(
        'Rain fell. Ann Lowe issued a statement. The statement said: "I will not resign over the bridge."',
        'en',
      ),
    ).toEqual(['Ann Lowe']);
  });

  it('gives no name when the issuer is reported, or the document is someone else’s', () => {
    expect(
      speakers(
        'Rain fell. Tom Reed said the council passed a resolution. The resolution read, "The bridge must be rebuilt."',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Rain fell. Ann Lowe signed a letter from the union. The letter said: "The bridge must be rebuilt."',
        'en',
      ),
    ).toEqual(['']);
  });
});

describe('attribution, round thirty-three (B): a capitalised pronoun after a question', () => {
  it('does not give a question to the one asked when "She replied:" opens the next sentence', () => {
    expect(
      speakers(
        'Rain fell. Tom Reed asked Ann Lowe: "Will you rebuild the bridge?" She replied: "Maybe next year."',
        'en',
      ),
    ).toEqual(['Tom Reed', 'Ann Lowe']);
    expect(
      speakers(
        'Rain fell. Tom Reed asked Ann Lowe: "Will you rebuild the bridge?" She said nothing.',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('still binds a name after a question', () => {
    expect(speakers('Rain fell. "Will you rebuild the bridge?" Tom Reed asked.', 'en')).toEqual([
      'Tom Reed',
    ]);
  });
});

describe('attribution, round thirty-three (B): more examples of a group', () => {
  it('gives no name to a group "including" a person or with a person "among them"', () => {
    expect(
      speakers('Rain fell. Tenants including Ann Lowe shouted: "We want the bridge back!"', 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        'Rain fell. Several tenants, Ann Lowe among them, said the bridge was "a lifeline."',
        'en',
      ),
    ).toEqual(['']);
  });
});
