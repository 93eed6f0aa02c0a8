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

describe('attribution, round thirty-three: a bare verb after one heard, seen or let speak', () => {
  const words = '"we will rebuild every house on this street."';
  it('gives the words to the one heard or watched, not the sentence subject', () => {
    expect(speakers(`The storm hit. I heard Tom Reed say ${words}`, 'en')).toEqual(['Tom Reed']);
    expect(speakers(`The storm hit. Ann Lowe heard Tom Reed say ${words}`, 'en')).toEqual([
      'Tom Reed',
    ]);
    expect(speakers(`The storm hit. We watched Tom Reed tell the crowd ${words}`, 'en')).toEqual([
      'Tom Reed',
    ]);
  });

  it('gives them to the one let speak, not the one who let him', () => {
    expect(speakers(`The storm hit. Tom Reed let Ann Lowe say ${words}`, 'en')).toEqual([
      'Ann Lowe',
    ]);
  });

  it('keeps the subject before an infinitive or a finite verb', () => {
    expect(speakers(`The storm hit. Ann Lowe made a promise to say ${words}`, 'en')).toEqual([
      'Ann Lowe',
    ]);
    expect(speakers(`The storm hit. Ann Lowe, who saw Tom Reed, said ${words}`, 'en')).toEqual([
      'Ann Lowe',
    ]);
  });
});

describe("attribution, round thirty-three: a first name after a possessive's relative", () => {
  const words = '"they took everything we had in the house."';
  it('shows the relative by the first name written', () => {
    expect(speakers(`Anna Reed fled. Reed's father Tom said ${words}`, 'en')).toEqual(['Tom']);
  });

  it('does not take another person of that first name for the relative', () => {
    expect(
      speakers(`Anna Reed fled. Tom Baker stayed. Reed's father Tom said ${words}`, 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        `Tom Baker stayed. "I had to go," Baker said. Reed's father Tom said ${words}`,
        'en',
      ),
    ).toEqual(['Tom Baker', '']);
  });

  it("takes the full name the text gives him with the owner's surname", () => {
    expect(speakers(`Tom Reed and Anna Reed fled. Reed's father Tom said ${words}`, 'en')).toEqual([
      'Tom Reed',
    ]);
  });
});

describe('attribution, round thirty-three: a date before the subject, with no comma', () => {
  const words = '"the deal is dead and nobody will revive it."';
  it('reads the name after the date as the subject', () => {
    expect(
      speakers(
        `Talks went on. Weeks earlier, on January 25 Foreign Minister Ann Lowe told reporters ${words}`,
        'en',
      ),
    ).toEqual(['Ann Lowe']);
    expect(
      speakers(`Talks went on. On Monday Foreign Minister Ann Lowe told reporters ${words}`, 'en'),
    ).toEqual(['Ann Lowe']);
  });

  it('does not pass over a day running on into the verb to a name after it', () => {
    expect(
      speakers(
        `Ann Lowe came. Talks went on. The new minister on Sunday said, ${words.replace('the deal', 'The deal')}`,
        'en',
      ),
    ).toEqual(['']);
  });
});

describe('attribution, round thirty-three: a gendered noun in the apposition after a name', () => {
  const opening =
    'Troops struck a village. Col. Kim Darrow, a spokeswoman for the army, said 30 fighters were killed.';
  it('gives "she" to the spokeswoman named a sentence before', () => {
    expect(
      speakers(
        `${opening} The strike targeted a local commander. "We are sure that we hit the right house," she said.`,
        'en',
      ),
    ).toEqual(['Kim Darrow']);
  });

  it('does not give "she" to a spokesman', () => {
    expect(
      speakers(
        `${opening.replace('spokeswoman', 'spokesman')} The strike targeted a local commander. "We are sure that we hit the right house," she said.`,
        'en',
      ),
    ).toEqual(['']);
  });
});

describe("attribution, round thirty-three: verbs of judging in one's own words", () => {
  it('reads deriding, denouncing and terming as framing the words', () => {
    expect(speakers('The plan leaked. Senator Ann Lowe derided it as "absurd."', 'en')).toEqual([
      'Ann Lowe',
    ]);
    expect(
      speakers(
        'The plan leaked. Senator Ann Lowe denounced the plan as "a ban by another name".',
        'en',
      ),
    ).toEqual(['Ann Lowe']);
    expect(
      speakers('The plan leaked. Senator Ann Lowe termed the plan "a ban by another name".', 'en'),
    ).toEqual(['Ann Lowe']);
  });
});

describe('attribution, round thirty-three: "according to" an outlet, then a named subject', () => {
  const rest =
    'Prime Minister Tom Reed rejected a request from the envoy on the grounds that the town was "an integral part of the capital".';
  it('gives the words to the person the outlet reports', () => {
    expect(
      speakers(
        `Talks stalled. According to Ruritanian Army Radio, ${rest.replace('rejected', 'denounced')}`,
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('still gives neither when the source is a person', () => {
    expect(
      speakers(
        `Talks stalled. According to Ann Lowe, ${rest.replace('rejected', 'denounced')}`,
        'en',
      ),
    ).toEqual(['']);
  });
});

describe('attribution, round thirty-three: an unknown first name shown by an apposition', () => {
  const quote = '"Raising three fingers has become a symbol in calling for rights."';
  it('takes the sentence before for the speaker when a role follows the name', () => {
    expect(
      speakers(
        `The army took power. Sombat Reed, a social activist, offered his own reading of the gesture on Facebook. ${quote}`,
        'en',
      ),
    ).toEqual(['Sombat Reed']);
  });

  it('leaves a word the article writes in lower case unread', () => {
    expect(
      speakers(
        `The army took power. The critics spoke. Critics Reed, a lawyer, offered his own reading of the gesture on Facebook. ${quote}`,
        'en',
      ),
    ).toEqual(['']);
  });

  it('leaves the opening word unread without one', () => {
    expect(
      speakers(
        `The army took power. Sombat Reed offered his own reading of the gesture on Facebook. ${quote}`,
        'en',
      ),
    ).toEqual(['']);
  });
});

describe('attribution, round thirty-three: a quoted sentence with its stop outside the marks', () => {
  it('reads it as a quotation of the subject of the sentence before', () => {
    expect(
      speakers(
        'The army took power. Tom Reed offered his own reading of the gesture on Facebook. "Raising three fingers has become a symbol in calling for rights".',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('still reads a title standing so as a name', () => {
    expect(
      speakers('The army took power. Tom Reed wrote a book. "The Long March Of The Free".', 'en'),
    ).toEqual([]);
  });
});

describe('attribution, round thirty-three: an age or apposition in a reported subject', () => {
  it('gives the words to the reported subject past its age or apposition', () => {
    expect(
      speakers(
        'The man was held. Police said Tom Reed, 45, told officers "I did nothing wrong."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
    expect(
      speakers(
        'The man was held. Ann Lowe said Tom Reed, a lawyer, told officers "I did nothing wrong."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });
});

describe("attribution, round thirty-three: a role the text gave as someone's kin or counsel", () => {
  it('does not give "the lawyer said" to the person just reported', () => {
    expect(
      speakers('Tom Reed spoke to Ann Lowe\'s lawyer. "We will appeal," the lawyer said.', 'en'),
    ).toEqual(['']);
  });

  it("still reads a place's title as its holder", () => {
    expect(
      speakers(
        'Speaking to a radio station, Mayor Tom Reed said the contest should be boycotted. He is Ruritania\'s mayor. "I do not think we should send anyone," the mayor said.',
        'en',
      )[0],
    ).not.toBe('');
  });
});

describe('attribution, round thirty-three: a relative clause whose subject is a common noun', () => {
  const words = '"a disaster for the city."';
  it("does not give the clause's words to the sentence subject", () => {
    expect(
      speakers(`Ann Lowe praised the decision, which her critics called ${words}`, 'en'),
    ).toEqual(['']);
    expect(
      speakers(`Ann Lowe praised the plan, a move that the unions described as ${words}`, 'en'),
    ).toEqual(['']);
    expect(
      speakers('Ann Lowe, who critics say is "a disaster for the city", spoke.', 'en'),
    ).toEqual(['']);
  });

  it('gives them to a name in the clause', () => {
    expect(speakers(`Ann Lowe praised the decision, which Tom Reed called ${words}`, 'en')).toEqual(
      ['Tom Reed'],
    );
  });

  it('keeps the subject of a speech verb before "that"', () => {
    expect(
      speakers(
        'Talks failed. The Farm Union suspended the account, claiming that the profile posted "private and confidential information" about members.',
        'en',
      ),
    ).toEqual(['Farm Union']);
  });
});

describe("attribution, round thirty-three: someone's words the subject only repeats", () => {
  it("does not give a possessive's words to the verb's subject", () => {
    expect(
      speakers('Tom Reed recalled his mother\'s words: "Never lie in your life."', 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        'Ann Lowe spoke first. "We will win," Lowe said. Tom Reed read out his father\'s letter: "Never lie in your life."',
        'en',
      ),
    ).toEqual(['Ann Lowe', '']);
  });

  it('still gives the subject his own words', () => {
    expect(speakers('Tom Reed repeated his words: "I will never lie."', 'en')).toEqual([
      'Tom Reed',
    ]);
  });
});

describe("attribution, round thirty-three: a named subject's verb bound before, another after", () => {
  it('gives the words to the subject of the verb bound before them', () => {
    expect(
      speakers(
        'The vote failed. Unlike Tom Reed, who called it "a scandal", Ann Lowe said little.',
        'en',
      ),
    ).toEqual(['Tom Reed']);
    expect(
      speakers(
        'The vote failed. Tom Reed, who spoke first, said "it is a scandal," Ann Lowe reported.',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('still takes the cue after for a quotation opening its sentence', () => {
    expect(
      speakers(
        'The vote failed. "It is a scandal," said Tom Reed, who called for a new vote.',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });
});

describe("attribution, round thirty-three: a field closing a body's name", () => {
  it('does not read "Strategic Studies" as a person between the speaker and "he"', () => {
    expect(
      speakers(
        'The treaty limits troops. Omid Farr, senior researcher at Lakeside\'s Al-Noor Centre for Political and Strategic Studies, said that neither Ruritania nor Osterlich was keen to escalate the issue further. "Withdrawing the envoy is a good step but more is needed," he added.',
        'en',
      ),
    ).toEqual(['Omid Farr']);
  });
});

describe('attribution, round thirty-three: an unnamed person placed by a name', () => {
  const words = '"we will not return."';
  it('does not give the words to a name after "near", "behind" or a placing participle', () => {
    expect(speakers(`Talks failed. A man near Tom Reed said ${words}`, 'en')).toEqual(['']);
    expect(speakers(`Talks failed. A banner behind Tom Reed says ${words}`, 'en')).toEqual(['']);
    expect(speakers(`Talks failed. A protester facing Tom Reed said ${words}`, 'en')).toEqual(['']);
  });

  it('still gives them to a name the person is called by', () => {
    expect(speakers(`Talks failed. A woman named Ann Lowe said ${words}`, 'en')).toEqual([
      'Ann Lowe',
    ]);
  });
});
