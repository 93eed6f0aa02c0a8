import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round nineteen (issue 14): the last wrong names', () => {
  it('names nobody when what is cited runs into the subject with no comma', () => {
    // The figures' source and the speaker cannot be told apart; "French" is neither.
    expect(
      speakers(
        'Citing official French figures from the Ministry of Labour spokesman of the union said on Monday that "the figures hide the truth".',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Ссылаясь на данные министра Ивана Крылова директор профсоюза заявил в понедельник, что «цифры скрывают правду».',
      ),
    ).toEqual(['']);
  });

  it('gives a joined clause to its own subject past an apposition', () => {
    // The mayor opens the sentence; the clause after ", while" has a subject of its own.
    expect(
      speakers(
        'The mayor, Tom Grant, has asked for calm, while Lisa Marsh, head of the city police, vowed "anyone caught will be charged".',
        'en',
      ),
    ).toEqual(['Lisa Marsh']);
    expect(
      speakers(
        'Мэр Олег Гранин призвал к спокойствию, а Ирина Марш, глава городской полиции, пообещала «наказать всех виновных».',
      ),
    ).toEqual(['Ирина Марш']);
  });

  it('does not take a person named in an opening phrase as the subject a pronoun goes back to', () => {
    // "he" is the prime minister, whose gender the article never shows: no name, not Grant.
    expect(
      speakers(
        'Like President Tom Grant, Prime Minister Ovek Taran kept his remarks brief at the ceremony.\n\n"Our friendship is old and deep," he said.',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'В отличие от президента Олега Гранина, премьер Виктор Сомов говорил осторожно.\n\n«Наша дружба стара и крепка», — сказал он.',
      ),
    ).toEqual(['Виктор Сомов']);
  });

  it('reads "Following …," as an opening phrase too', () => {
    // The prime minister is whom the president talked with; "He" is the president.
    expect(
      speakers(
        'Following a talk with Ovek Taran, the prime minister, President Tom Grant said he would help. He made this clear by saying "We will provide pressure if needed," after the talks.',
        'en',
      ),
    ).toEqual(['Tom Grant']);
  });

  it('still takes a name that opens the sentence after a cue phrase', () => {
    // «По словам X,» reports X's words: X is the sentence's subject for the role after it.
    expect(
      speakers(
        'По словам самого Олега Гранина, речь идёт о помощи соседям. «Это будет большая поддержка», — цитирует агентство белорусского лидера.',
      ),
    ).toEqual(['Олег Гранин']);
  });

  it('reads a word with an age set off by commas as a person', () => {
    // Talat says he ran out; "he said" after it is Talat, not the shop owner before him.
    expect(
      speakers(
        'Kerim Ozturk, 45, lost his shop in the fire. Talat, 31, says he ran out with nothing but his keys. "The alarm never rang," he said.',
        'en',
      ),
    ).toEqual(['Talat']);
  });

  it('does not give a pronoun to the object of the same pronoun in the sentence before', () => {
    // "he referred to Ames": Ames is whom "he" spoke of, so the next "He" is not Ames.
    expect(
      speakers(
        'Judge Paul Ames blocked the ban on Friday. President Tom Grant was more direct. "What is this country coming to when one judge can halt a ban that keeps us all safe, and anyone, even with bad intentions, can walk right in?" he said on the radio. "The judge opens our borders to people who do not have our best interests at heart. Bad people are very happy!" In another post, he referred to Ames as a "so-called judge" and said he would appeal. He also wrote, "The ruling will fall."',
        'en',
      ).at(-1),
    ).toBe('');
    expect(
      speakers(
        'Судья Иван Крылов отменил указ. В другом посте он высмеял Крылова и пообещал обжаловать решение. «Решение отменят», — написал он.',
      ),
    ).toEqual(['']);
  });

  it('names nobody for words told inside another speaker’s report', () => {
    // Whether Stone repeats Wood's words or gives her own account, the text does not settle.
    expect(
      speakers(
        'The court heard the case. Mary Stone said that after the crash, Peter Wood told her "nobody will ever know".',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Суд выслушал стороны. Мария Петрова сказала, что после аварии Иван Сидоров сказал ей «никто ничего не узнает».',
      ),
    ).toEqual(['']);
  });

  it('still names the speaker inside a report when the words were told to others', () => {
    expect(
      speakers(
        'The court heard the case. Mary Stone said that after the crash, Peter Wood told reporters "nobody will ever know".',
        'en',
      ),
    ).toEqual(['Peter Wood']);
  });

  it('still names the subject of a report the speaker makes', () => {
    expect(
      speakers(
        'Despite reports that the deal was dead, President Ann Hale on Friday told CBS that "talks go on".',
        'en',
      ),
    ).toEqual(['Ann Hale']);
  });

  it('reads a name in Latin letters after a lower-case subject as whom it was told to', () => {
    // «оппозиция» spoke to the newspaper; a newspaper or a company before its name speaks.
    expect(speakers('«Мы выиграем эти выборы», — сказала оппозиция Le Monde.')).toEqual(['']);
    expect(speakers('«Мы выиграем эти выборы», — сообщила газета Le Monde.')).toEqual(['Le Monde']);
    expect(
      speakers('«Меня проинформировали вечером», — сообщил агентству AFP адвокат Пётр Волков.'),
    ).toEqual(['Пётр Волков']);
  });
});

describe('attribution, round nineteen (issue 14): cueless phrases that go on with the speaker', () => {
  it('gives a phrase in the next paragraph to the speaker its sentence names alone', () => {
    expect(
      speakers(
        'The study was published on Monday. "We were surprised by the size of the effect," said Dr Nora Quill of the university.\n\nQuill said although heat and smoke are each known to hurt harvests, "nobody had measured them together".',
        'en',
      ),
    ).toEqual(['Nora Quill', 'Nora Quill']);
    expect(
      speakers(
        '«Мы будем судиться», — сказал Иван Петров.\n\nПетрова особенно возмутило, что чиновники «ведут себя надменно».',
      ),
    ).toEqual(['Иван Петров', 'Иван Петров']);
  });

  it('gives it to the speaker its pronoun goes back to', () => {
    expect(
      speakers(
        'The law passed on Monday. "It is a bad law," said Mark Rowe, head of the union.\n\nIn his view, the vote reflected "fear of the unions".',
        'en',
      ),
    ).toEqual(['Mark Rowe', 'Mark Rowe']);
    expect(
      speakers(
        '«Весь закон — одна большая проблема», — отметил эколог Иван Сомов.\n\nПо его мнению, за многими законами кроются «интересы людей из власти».',
      ),
    ).toEqual(['Иван Сомов', 'Иван Сомов']);
  });

  it('not when the pronoun goes back to someone named since', () => {
    // "He" is the mayor, the person just named; the union's head is not meant.
    expect(
      speakers(
        'The law passed on Monday. "It is a bad law," said Mark Rowe, head of the union.\n\nMayor Tom Grant played golf with the governor on Sunday. He put the vote down to "fear of the unions".',
        'en',
      ),
    ).toEqual(['Mark Rowe', '']);
  });
});

describe('attribution, round nineteen (issue 14): colon introductions', () => {
  it('gives a statement put out by a person named in full to that person', () => {
    expect(
      speakers(
        'The report came out. Home Secretary Ann Pryce released a statement on the case: "We will review the decision."',
        'en',
      ),
    ).toEqual(['Ann Pryce']);
    expect(
      speakers(
        'Закон приняли. Министр внутренних дел Иван Петров сделал заявление: «Мы обязательно пересмотрим это решение в ближайшее время».',
      ),
    ).toEqual(['Иван Петров']);
  });

  it('does not carry a speaker on to a phrase in a sentence that only addresses her', () => {
    expect(
      speakers(
        'The board met. "We will look again," said Home Secretary Ann Pryce.\n\nForty members of the upper house sent a letter to Ann Pryce, appealing to the government to "show mercy to the boy".',
        'en',
      ),
    ).toEqual(['Ann Pryce', '']);
  });
});

describe('attribution, round nineteen (issue 14): colon introductions that name no one', () => {
  it('goes on with the last speaker after a colon that says only when, where or what', () => {
    expect(
      speakers(
        '«Мы не планировали никаких аннексий», — сказал президент Олег Гранин в марте.\n\n12 апреля 2015 года, на встрече в Ново-Огарево: «Нет, присоединение не рассматривается. Мы уважаем выбор людей».',
      ),
    ).toEqual(['Олег Гранин', 'Олег Гранин']);
    expect(
      speakers(
        '"The base will never pay for itself," said Dr Nora Quill.\n\nSo the plans for a mining base on the Moon are an illusion: "The whole fuss is about budgets, not about science."',
        'en',
      ),
    ).toEqual(['Nora Quill', 'Nora Quill']);
  });

  it('not after a colon whose sentence opens with a name of its own', () => {
    expect(
      speakers(
        '"The base will never pay for itself," said Dr Nora Quill.\n\nGreenpeace sees the plans otherwise: "The whole fuss is about budgets, not about science."',
        'en',
      ),
    ).toEqual(['Nora Quill', '']);
  });

  it('not after a colon whose sentence has a title or a speech word', () => {
    // The minister the text cannot read as a person is still someone else than the lawyer.
    expect(
      speakers(
        '"The law is fair," said Nora Quill, a lawyer for the city.\n\nIsraeli Minister of the Interior Arye Derry issued a statement: "These people are trying to exploit the law."',
        'en',
      ),
    ).toEqual(['Nora Quill', '']);
  });
});

describe('attribution, round nineteen (issue 14): a second phrase in the speaker’s sentence', () => {
  it('gives a later phrase of a sentence that quoted the speaker to that speaker', () => {
    const english = speakers(
      'The reform was debated. The World Health Organization called the plan "a grave mistake", which would lead to "higher prices for everyone".',
      'en',
    );
    expect(english).toEqual(['World Health Organization', 'World Health Organization']);
    // Whatever the organisation is shown as, both phrases are its.
    const [first, second] = speakers(
      'Реформу обсудили в думе. Всемирная организация здравоохранения назвала реформу «большой ошибкой», которая приведёт к «росту цен на всё подряд».',
    );
    expect(first).not.toBe('');
    expect(second).toBe(first);
  });
});

describe('attribution, round nineteen (issue 14): English pronouns after the last speaker', () => {
  it('gives "he" to the speaker just shown when every sentence since is about him', () => {
    // Nobody tells Ndlovu's gender; nobody else is named or opens a sentence since his words.
    expect(
      speakers(
        '"Turnout will be high," said Tebogo Ndlovu, head of the commission.\n\nHe said the body is ready for the vote. "We have trained our staff well," he said.',
        'en',
      ),
    ).toEqual(['Tebogo Ndlovu', 'Tebogo Ndlovu']);
  });

  it('gives "he" to the source the sentence before quotes "according to"', () => {
    expect(
      speakers(
        'The protests went on. According to political analyst Okon Mbeki, Tariq is a thorn in the side of the government. "There is a need to draw the lines before they get any stronger," he said.',
        'en',
      ),
    ).toEqual(['Okon Mbeki']);
  });

  it('not when a sentence since opens with someone else', () => {
    expect(
      speakers(
        '"We will appeal," said Tebogo Ndlovu as he left.\n\nThe third defendant, a former deputy director of operations, was sentenced next. He is reported to have said "Long live the brave army."',
        'en',
      ),
    ).toEqual(['Tebogo Ndlovu', '']);
  });
});

describe('attribution, round nineteen (issue 14): surnames shaped like adjectives', () => {
  it('reads a surname in -an before a speech verb as a person', () => {
    // "Whitman says" is no "American says"; the pronoun after it goes back to him.
    expect(
      speakers(
        'Professor Tiko Whitman, head of the national study, says children need more iodine.\n\nProfessor Whitman says makers could easily fix this by using iodised salt. "I suspect they will not do it on their own," he said.',
        'en',
      ),
    ).toEqual(['Tiko Whitman']);
  });
});

describe('attribution, round nineteen (issue 14): the subject, not the object after a preposition', () => {
  it('gives a participle’s words to the sentence’s subject when the name at the cue is an object', () => {
    // Brady is whom the senator replied to; a name after a preposition did not speak.
    expect(
      speakers(
        'The vote was close. Senator Emma Doyle replied to Brady saying "So much hate for so little reason" and later added, "Will you condemn it?"',
        'en',
      ),
    ).toEqual(['Emma Doyle', 'Emma Doyle']);
    expect(
      speakers(
        'Голосование было напряжённым. Депутат Иван Сомов обратился к Петрову, заявив: «Это позор для всех нас».',
      ),
    ).toEqual(['Иван Сомов']);
  });
});

describe('attribution, round nineteen (issue 14): a company and its boss', () => {
  it('reads "boss" as a role between a company and its holder', () => {
    expect(
      speakers(
        'The report came out. Skyjet boss Alan Reed said yesterday "there is much to be learned here".',
        'en',
      ),
    ).toEqual(['Alan Reed']);
  });
});

describe('attribution, round nineteen (issue 14): a Russian object before its subject', () => {
  it('takes the role in the nominative, not the object role opening the sentence', () => {
    // «собеседника» is whom the minister called a partner; «министр» is who spoke.
    expect(
      speakers(
        'Министр назвал встречу «хорошей». «Разумеется, хотелось бы большего», — добавил Иван Сомов. Своего собеседника министр назвал «партнером, с которым можно вести диалог».',
      ).at(-1),
    ).toBe('Иван Сомов');
  });
});
