import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round fourteen (issue 14): the wrong names', () => {
  it('reads no gender from a first name that is also a man’s in the genitive', () => {
    // «Александра» is Александр's genitive as well, so «он» is not kept from him.
    expect(
      speakers(
        'Ранее бизнесмен Игорь Сомов согласился передать документы. По словам главы комиссии Александра Белова, переданных Сомовым бумаг достаточно. При этом он подчеркнул, что «закон един для всех».',
      ),
    ).toEqual(['Александр Белов']);
  });

  it('reads a lone word after a role in the plural as a place, not a surname', () => {
    expect(
      speakers(
        'Певец Энрике Мартинес пожертвовал врачам Турина миллион долларов. Он записал видео, где попросил всех беречь себя.\n\nПевец также показал рисунок. По его словам, башня на рисунке символизирует Турин, а сердце — любовь.\n\n«Мы справимся вместе», — завершил он обращение.',
      ),
    ).toEqual(['Энрике Мартинес']);
  });

  it('gives the words of a relative or confidant of a role holder to no one, not the holder', () => {
    expect(
      speakers(
        'Актриса Анна Светлова отменила гастроли.\n\n«Ей нужен отдых, — рассказало журналистам доверенное лицо актрисы. — Она вернётся весной».',
      ),
    ).toEqual(['', '']);
    // «жена писателя Мария Орлова» holds no writer's title: «— сказал писатель» is the writer.
    expect(
      speakers(
        'Умер писатель Пётр Орлов. Об этом сообщила жена писателя Мария Орлова.\n\nВ прошлом году писатель много болел. «Я ещё допишу роман», — говорил писатель.',
      ),
    ).toEqual(['Пётр Орлов']);
  });

  it('takes the subject after a verb that follows a comma, before a colon', () => {
    expect(
      speakers(
        'Умер поэт Пётр Орлов. Об этом сообщил его друг Семён Липкин.\n\nПоэт до конца был в сознании, рассказывает его друг: «он всех узнавал».',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Депутат Иван Петров выступил с докладом. Бюджет не выполнен, заявил министр Олег Сидоров: «денег нет».',
      ),
    ).toEqual(['Олег Сидоров']);
    // An addressee after the verb is no subject: the subject before the comma still speaks.
    expect(speakers('Иван Петров, министр финансов, заявил журналистам: «Денег нет».')).toEqual([
      'Иван Петров',
    ]);
  });

  it('gives a message an outlet quotes to the message’s author, not the outlet', () => {
    expect(
      speakers(
        '«Сведения о захвате города ложны», — цитирует агентство Рейтер сообщение телеканала Al Watan.',
      ),
    ).toEqual(['Al Watan']);
  });

  it('reads a name running into the quotation after «по мнению X,» as what X said', () => {
    expect(
      speakers(
        'По мнению автора письма, И. В. Смирнов «давно не справляется со своими обязанностями».',
      ),
    ).toEqual(['']);
    expect(speakers('По словам министра, Ивана Петрова: «Денег нет».')).toEqual(['Иван Петров']);
  });

  it('reads the country between a title and a surname as what the title is of', () => {
    expect(
      speakers(
        'Король Беларана Осеви II открыл сессию парламента. Королевство Беларан (Belaran) лежит в горах.\n\nКороль Осеви II отметил, что страна «вернётся к своему имени».',
      ),
    ).toEqual(['Осеви']);
    // A first name the list lacks, never written apart from the surname, stays in the name.
    expect(
      speakers(
        'Актёр Донни Йен пожертвовал деньги врачам.\n\n«Мы справимся», — сказал актёр Донни Йен.',
      ),
    ).toEqual(['Донни Йен']);
  });

  it('reads a citizen of a country as a person, and the country as no part of a name', () => {
    expect(
      speakers(
        'Рекорд поставил гражданин Перу Хосе Луис Чамбо. Через год рекорд попытался побить экс-министр спорта Перу Мануэль Антонио Санчес, однако он сошёл с дистанции.\n\nЧамбо, которому исполнилось 70 лет, готовится к новому забегу. Он подтвердил, что «готов бежать снова».',
      ),
    ).toEqual(['Хосе Луис Чамбо']);
  });

  it('keeps a relative written with initials apart from the person named with a first name', () => {
    expect(
      speakers(
        'Певец Пётр Лещенко родился в Одессе. Спустя годы Пётр найдёт упоминание о Н. Н. Лещенко в журнале, и выяснится, что это его сестра. О Лещенко писали многие газеты.\n\nЛещенко говорил, что хочет «вернуться домой».',
      ),
    ).toEqual(['Пётр Лещенко']);
  });

  it('keeps a relative with another first name apart, however a bare surname joined them', () => {
    expect(
      speakers(
        'The attack also injured President Ronald Keller. Keller recovered within weeks. Former First Lady Nancy Keller released a statement about her friend. She said "Over the years, I found her to be a woman of courage."',
        'en',
      ),
    ).toEqual(['Nancy Keller']);
  });

  it('reads no reflexive verb opening a sentence into a name', () => {
    expect(
      speakers(
        'Певец Пётр Лещенко вернулся в Одессу. Брежнев вычеркнул Лещенко из списка. Нравился Брежневу Лещенко или нет, он пел каждый вечер.\n\nЛещенко говорил, что хочет «вернуться домой».',
      ),
    ).toEqual(['Пётр Лещенко']);
  });

  it('splits two people written in a row and reads no dative surname as a subject', () => {
    // «Ивана Сомова Мария Белова» are two people; «извинения Путину» is no subject for «он».
    expect(
      speakers(
        'Подруга бизнесмена Ивана Сомова Мария Белова рассказала о письме. Он писал письмо Путину. Белова сообщила, что Сомов «часами обсуждал письмо». Позже он принёс извинения Путину.\n\nБелова вспоминает, что письмо отправили в Кремль:\nКак-то вдруг он сказал: «Всё, ждём ответа».',
      ).at(-1),
    ).toBe('Иван Сомов');
  });

  it('reads initials as part of a name, and initials alone as no name', () => {
    expect(speakers('Вчера Г. А. Смирнов заявил, что «мы победим».')).toEqual(['Г. А. Смирнов']);
    expect(speakers('По словам Г., «мы победим».')).toEqual(['']);
  });
});

describe('attribution, round fourteen (issue 14): who reports and who spoke', () => {
  it('gives a quotation with its own verb before it to that verb, not to the one reporting', () => {
    expect(
      speakers('На допросе Иван Петров сказал «я ничего не помню», сообщил прокурор Олег Смирнов.'),
    ).toEqual(['Иван Петров']);
    // An unnamed shouter is no one, never the investigator who tells of it.
    expect(
      speakers('Во время погрома он кричал «Смерть врагам», заявил следователь Олег Смирнов.'),
    ).toEqual(['']);
  });
});

describe('attribution, round fourteen (issue 14): verbs that share a subject', () => {
  it('gives a verb joined by "и"/"and", or a gerund, the subject of the sentence’s earlier quotation', () => {
    expect(
      speakers(
        'Министр Олег Смирнов напомнил, что Игорь Белов «днём и ночью» работал над бюджетом, и добавил, что «денег больше не будет».',
      ),
    ).toEqual(['Олег Смирнов', 'Олег Смирнов']);
    expect(
      speakers(
        'Депутат Иван Петров назвал Олега Белова «лжецом», заявив, что «слово ранит сильнее».',
      ),
    ).toEqual(['Иван Петров', 'Иван Петров']);
    expect(
      speakers(
        'Lawmaker Henry Walsh told Mark Boyle the bridge was "barely standing" and later added, "It is a disaster waiting to happen."',
        'en',
      ),
    ).toEqual(['Henry Walsh', 'Henry Walsh']);
  });
});

describe('attribution, round fourteen (issue 14): when the speaker has no name', () => {
  it('names nobody for a pronoun after an unnamed person brought in since the named one', () => {
    expect(
      speakers(
        'Глава района Олег Смирнов рассказал о пожаре.\n\nПо подозрению в поджоге задержан местный житель. Он признался, что «просто хотел согреться».',
      ),
    ).toEqual(['']);
    // A trade or title describes the named person again: «музыкант» is the singer.
    expect(
      speakers(
        'Певец Олег Смирнов отменил тур. Позже 60-летний музыкант сообщил, что болен.\n\n«Я обязательно вернусь», — сказал он.',
      ),
    ).toEqual(['Олег Смирнов']);
  });
});

describe('attribution, round fourteen (issue 14): English titles', () => {
  it('reads capitalised adjectives before a title as the title, not a name', () => {
    expect(
      speakers(
        'In 2016, the current Roman Catholic Bishop, Bishop Kevin Doran, described the law as a "grave injustice".',
        'en',
      ),
    ).toEqual(['Kevin Doran']);
    // A surname that is also a title stays a name after a first name.
    expect(speakers('"We will win," Stephen King said.', 'en')).toEqual(['Stephen King']);
  });
});

describe('attribution, round fourteen (issue 14): English pronouns of untold gender', () => {
  it('gives "he said" to the subject of the sentence just before, when nobody is named since', () => {
    expect(
      speakers(
        'Tomas Vardy, the owner of a bakery near the blast, told reporters that the windows shattered. "It was like an earthquake," he said.',
        'en',
      ),
    ).toEqual(['Tomas Vardy']);
    // The last person named is an object there: the pronoun may mean the unnamed subject.
    expect(
      speakers(
        'Vardy met Kel Orsini on Monday. She urged Orsini to keep working. "We cannot stop now," she said.',
        'en',
      ),
    ).toEqual(['']);
  });
});
