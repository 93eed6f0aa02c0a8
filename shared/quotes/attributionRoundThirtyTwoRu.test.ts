import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-two, Russian', () => {
  it('reads the subject before a relative clause that holds a title in marks', () => {
    expect(
      speakers(
        'Режиссёр Иван Петров продал студию. После сделки Петров, который останется продюсером нового «Морского патруля», заявил: «Я наконец свободен».',
      ),
    ).toEqual(['Иван Петров']);
    expect(
      speakers(
        'Актриса Мария Котова ушла из театра. Котова, сыгравшая в спектакле «Чайка», сказала: «Мне нужен отдых».',
      ),
    ).toEqual(['Мария Котова']);
  });

  it('does not give a title before a comma the verb whose colon opens the next quotation', () => {
    // The title is no quotation, and the verb is not its attribution.
    expect(
      speakers('Иван Петров, который снимал «Морской патруль», заявил: «Я наконец свободен».'),
    ).toEqual(['Иван Петров']);
    // After a dash the verb does belong to the quotation before it.
    expect(speakers('«Мы закончили съёмки», — заявил Иван Петров.')).toEqual(['Иван Петров']);
  });

  it('names a declined single word by the fuller name the article writes in the nominative', () => {
    expect(
      speakers(
        'Барабанщик Кен Гроув выпустил пластинку. По словам Кена, он «записал её за одну ночь».',
      ),
    ).toEqual(['Кен Гроув']);
    // A Cyrillic reading in parentheses after a Latin name gives the person the Latin name.
    expect(
      speakers(
        "Барабанщик ''Ken Grove'' (Кен Гроув) выпустил пластинку. По словам Кена, он «записал её за одну ночь».",
      ),
    ).toEqual(['Ken Grove']);
    // Two fuller names with that first word leave the speaker unshown.
    expect(
      speakers(
        'Кен Гроув и Кен Маллоу выпустили пластинку. По словам Кена, он «записал её за одну ночь».',
      ),
    ).toEqual(['']);
  });

  it('reads a name in an apposition after the phrase of «по словам» as the source', () => {
    expect(
      speakers(
        'У мэрии прошёл пикет. По словам одного из участников, священника Ивана Петрова, новый закон «противоречит здравому смыслу».',
      ),
    ).toEqual(['Иван Петров']);
    expect(
      speakers(
        'У мэрии прошёл пикет. По мнению организатора, депутата городской думы Анны Котовой, власти «боятся людей».',
      ),
    ).toEqual(['Анна Котова']);
    // A nominative name after the comma is the subject of what was said, not the source.
    expect(
      speakers(
        'У мэрии прошёл пикет. По словам участника, священник Иван Петров, который ушёл раньше, «ничего не видел».',
      ),
    ).toEqual(['']);
    // With no second comma the name is an object inside what was said.
    expect(
      speakers(
        'У мэрии прошёл пикет. По словам источника, министра Ивана Петрова уволят «в ближайшие дни».',
      ),
    ).toEqual(['']);
  });

  it('reads a capitalised «Ли» as a surname, not the particle', () => {
    expect(speakers('«Спрос упал вдвое», — добавил профессор Ли.')).toEqual(['Ли']);
    expect(speakers('Вице-премьер Ли Чжэнь заявил: «Спрос упал вдвое».')).toEqual(['Ли Чжэнь']);
    expect(speakers('«Спрос упал вдвое», — заявил вице-премьер Ли Чжэнь.')).toEqual(['Ли Чжэнь']);
  });

  it('reads «по его мнению» as «по его словам»', () => {
    expect(
      speakers(
        'Критик Иван Петров посмотрел фильм. По его мнению, «это лишь повод для тех, кто искал скандала».',
      ),
    ).toEqual(['Иван Петров']);
    expect(
      speakers(
        'Критик Анна Котова посмотрела фильм. По её мнению — «это лишь повод для тех, кто искал скандала».',
      ),
    ).toEqual(['Анна Котова']);
  });

  it('does not give a place in the genitive after a role as the speaker’s name', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    expect(speakers(`Вчера прошла встреча. ${quote}, — сказал мэр Лиона.`)).toEqual(['']);
    expect(
      speakers(
        `Вчера прошла встреча. Губернатор Вермонта приехал. ${quote}, — сказал губернатор Вермонта.`,
      ),
    ).toEqual(['']);
    expect(speakers(`Вчера прошла встреча. По словам главы Минфина, ${quote}.`)).toEqual(['']);
    expect(speakers(`Вчера прошла встреча. Мэр Лиона заявил: ${quote}.`)).toEqual(['']);
    // The role's holder named earlier is the speaker.
    expect(speakers(`Мэр Лиона Жерар Колон провёл встречу. ${quote}, — сказал мэр Лиона.`)).toEqual(
      ['Жерар Колон'],
    );
    // A surname in the nominative after the role is still read.
    expect(speakers(`Вчера прошла встреча. ${quote}, — сказал министр Орлов.`)).toEqual(['Орлов']);
    // A woman's surname after her first name is hers, whatever the role before («губернатор
    // области Марина Попова» read «Марина» into the role).
    expect(
      speakers(`Вчера прошла встреча. ${quote}, — сказала губернатор области Анна Котова.`),
    ).not.toEqual(['']);
    // «мэр города Лиона» read by the article's mentions as a person is no holder either.
    expect(
      speakers(
        `Мэр города Лиона выступил. Вчера прошла встреча. ${quote}, — сказала мэр города Лиона.`,
      ),
    ).toEqual(['']);
    // A name later in the role's phrase holds it.
    expect(speakers(`${quote}, — заявил президент Фонда защиты природы Иван Петров.`)).toEqual([
      'Иван Петров',
    ]);
  });

  it('does not read a place the article names after a place noun as a name', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    // Neither the place alone nor the place and the first name after it.
    expect(
      speakers(
        `Премьер встретился с мэром города Кавано Сюдзи Окадой. ${quote}, — цитирует агентство мэра Кавано.`,
      ),
    ).toEqual(['']);
    // A first name written elsewhere with a surname after it still completes.
    expect(
      speakers(`На матч пришёл 62-летний Хоакин Ортис. Зрители шумели. ${quote}, — сказал Хоакин.`),
    ).toEqual(['Хоакин Ортис']);
  });

  it('reads a player’s position as a role', () => {
    const quote = '«Мы не ждали такого решения от судьи»';
    expect(speakers(`Матч закончился вничью. ${quote}, — сказал полузащитник Спартака.`)).toEqual([
      '',
    ]);
    expect(speakers(`Матч закончился вничью. ${quote}, — сказал форвард Ротора.`)).toEqual(['']);
    expect(
      speakers(`Форвард Олег Зуев забил гол. Матч закончился вничью. ${quote}, — сказал форвард.`),
    ).toEqual(['Олег Зуев']);
  });

  it('gives no quotation to the superior named after an aide’s longer role', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    const opening = 'Министр Иван Орлов и депутат Пётр Седов вчера встретились.';
    expect(speakers(`${opening} ${quote}, — сказал советник министра Ивана Орлова.`)).toEqual(['']);
    expect(speakers(`${opening} ${quote}, — сказал советник министра Орлова.`)).toEqual(['']);
    // A name in the nominative after the role is its holder.
    expect(speakers(`${opening} ${quote}, — сказал заместитель министра Олег Зуев.`)).toEqual([
      'Олег Зуев',
    ]);
    // An oblique role shares its case with the holder's name after it.
    expect(
      speakers(`${opening} ${quote}, — цитирует ТАСС пресс-секретаря министерства Анну Котову.`),
    ).toEqual(['Анна Котова']);
  });

  it('does not give the words to the outlet or person they were told to', () => {
    const quote = '«Пожар потушен, пострадавших нет»';
    const opening = 'Министр Иван Орлов приехал на место пожара.';
    expect(speakers(`${opening} ${quote}, — сообщили ТАСС в пресс-службе ведомства.`)).toEqual([
      '',
    ]);
    expect(speakers(`${opening} ${quote}, — рассказали Орлову в полиции.`)).toEqual(['']);
    expect(speakers(`${opening} Как сообщили «Известиям» в пресс-службе МВД, ${quote}.`)).toEqual([
      'МВД',
    ]);
    expect(speakers(`${opening} Как рассказали Орлову, ${quote}.`)).toEqual(['']);
    // A lower-case subject after the verb is its own.
    expect(speakers(`${opening} ${quote}, — сообщили спасатели.`)).toEqual(['']);
  });

  it('reads a capitalised abstract noun as part of an outlet’s name, not a person', () => {
    const quote = '«Пожар потушен, пострадавших нет»';
    expect(speakers(`Вчера был пожар. ${quote}, — сообщает ИА Новости.`)).toEqual(['ИА Новости']);
    expect(speakers(`Вчера был пожар. По данным ИА Новости, ${quote}.`)).toEqual(['ИА Новости']);
  });

  it('gives a quotation inside a relative clause to that clause’s own subject', () => {
    const opening = 'Министр Иван Орлов и депутат Олег Седов поспорили.';
    expect(
      speakers(`${opening} Седов, которого Орлов назвал «позором парламента», ушёл из зала.`),
    ).toEqual(['Иван Орлов']);
    expect(
      speakers(`${opening} Седов, о котором Орлов сказал «этот человек всех подвёл», ушёл.`),
    ).toEqual(['Иван Орлов']);
    // A nominative «который» is the clause's subject and stands for the name before it.
    expect(
      speakers(`${opening} Седов, который спорил с Орловым, назвал его «позором министерства».`),
    ).toEqual(['Олег Седов']);
  });

  it('tells a woman from a man of the same surname by its case form', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    expect(
      speakers(`Министр Олег Седов приехал с женой Анной Седовой. По словам Седовой, ${quote}.`),
    ).toEqual(['Анна Седова']);
    // A woman the article never names in full is not the man.
    expect(
      speakers(`Министр Олег Седов приехал с женой. По словам Седовой, ${quote}.`),
    ).not.toEqual(['Олег Седов']);
    // The man's own forms still find him.
    expect(speakers(`Министр Олег Седов приехал с женой. По словам Седова, ${quote}.`)).toEqual([
      'Олег Седов',
    ]);
    expect(speakers(`Депутат Андрей Луговой приехал. ${quote}, — сказал Луговой.`)).toEqual([
      'Андрей Луговой',
    ]);
  });

  it('leaves a pronoun unnamed after two people of its gender joined as one subject', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    expect(
      speakers(`Министр Иван Орлов и депутат Олег Седов поспорили. ${quote}, — сказал он.`),
    ).toEqual(['']);
    // A woman joined to the man leaves him the only one the pronoun can mean.
    expect(
      speakers(
        `Министра поздравили его жена Анна Орлова и тренер Олег Седов. ${quote}, — сказал он.`,
      ),
    ).toEqual(['Олег Седов']);
    // One subject alone is meant.
    expect(speakers(`Министр Иван Орлов встретился с депутатами. ${quote}, — сказал он.`)).toEqual([
      'Иван Орлов',
    ]);
  });

  it('reads «последний» before the verb as «тот», the latter', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    const opening = 'Министр Иван Орлов и депутат Олег Седов поспорили.';
    expect(
      speakers(`${opening} Орлов обвинил Седова во лжи, на что последний ответил: ${quote}.`),
    ).toEqual(['Олег Седов']);
    expect(speakers(`${opening} В последний раз Орлов заявил: ${quote}.`)).toEqual(['Иван Орлов']);
  });

  it('gives a letter’s words to its sender, not to whom it was sent', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    const opening = 'Министр Иван Орлов и депутат Олег Седов поспорили.';
    expect(speakers(`${opening} ${quote}, — говорится в письме Орлова Седову.`)).toEqual([
      'Иван Орлов',
    ]);
    expect(
      speakers(`${opening} ${quote}, — говорится в письме министра Орлова депутату Седову.`),
    ).toEqual(['Иван Орлов']);
    expect(speakers(`${opening} ${quote}, — говорится в письме Седову.`)).toEqual(['']);
    expect(speakers(`${opening} ${quote}, — говорится в письме Седову от Орлова.`)).not.toEqual([
      'Олег Седов',
    ]);
  });

  it('gives a cue inside a reported clause to that clause’s subject', () => {
    const quote = '«Мы не ждали такого решения от правительства»';
    const opening = 'Министр Иван Орлов и депутат Олег Седов поспорили.';
    expect(speakers(`${opening} Седов сообщил, что Орлов заявил: ${quote}.`)).toEqual([
      'Иван Орлов',
    ]);
    expect(speakers(`${opening} Седов напомнил, как Орлов говорил: ${quote}.`)).toEqual([
      'Иван Орлов',
    ]);
    // A role with no name there is someone the text does not name.
    expect(speakers(`${opening} Седов сообщил, что генерал заявил: ${quote}.`)).toEqual(['']);
    // With no cue of its own in the clause the reporter speaks.
    expect(speakers(`${opening} Седов заявил, что ${quote}.`)).toEqual(['Олег Седов']);
  });

  it('leaves an unnamed source in an oblique case unnamed, not its outlet', () => {
    const quote = '«Пожар потушен, пострадавших нет»';
    expect(speakers(`Вчера был пожар. По данным источника «Вестника», ${quote}.`)).toEqual(['']);
    expect(speakers(`Вчера был пожар. По словам источника в полиции, ${quote}.`)).toEqual(['']);
  });
});
