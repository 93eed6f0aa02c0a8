import { describe, expect, it } from 'vitest';
import { firstNameGender } from './firstNames';
import { isRoleWord } from './roleWords';
import { toNominativeName } from './toNominativeName';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-six (issue 14): Russian blanks without a wrong name', () => {
  it('reads the epithets a newsroom writes for the person it quotes as roles', () => {
    for (const word of ['чемпионка', 'принцессы', 'постановщик', 'понтифика', 'юбиляр', 'атташе'])
      expect(isRoleWord(word)).toBe(true);
    // A stem takes noun endings only: the championship is no role.
    expect(isRoleWord('чемпионат')).toBe(false);
    expect(
      speakers(
        'Юлия Петрова выиграла забег. Журналистам она призналась, что ей было легко. «Я бежала в своем темпе», — сказала олимпийская чемпионка.',
      ),
    ).toEqual(['Юлия Петрова']);
    expect(
      speakers(
        'Принцесса Анна Виндзорская обручилась. «Я с детства знала, что потеряю свой статус», — рассказала принцесса.',
      ),
    ).toEqual(['Анна Виндзорская']);
  });

  it('gives a quotation in a sentence opened by «по данным X» to X', () => {
    expect(
      speakers(
        'По данным полиции, в нападении участвовала группа из шести человек — «хорошо подготовленная команда».',
      ),
    ).toEqual(['полиция']);
    expect(
      speakers('Сергей Иванов проигрывал. Со слов чемпиона, «соперник в концовке немного подсел».'),
    ).toEqual(['Сергей Иванов']);
  });

  it("lets a speech verb name the speaker over a source's account", () => {
    // The account reports what someone else said: the verb's subject is the speaker.
    expect(
      speakers(
        'По данным следствия, Иван Петров связался с осведомителем, сообщив, что «ему нужны люди».',
      ),
    ).toEqual(['Иван Петров']);
    expect(speakers('По данным полиции, «группа была большой», — сказал Иван Петров.')).toEqual([
      'Иван Петров',
    ]);
    // Inside the sentence the account frames only what follows it, not the sentence.
    expect(speakers('Иван Петров сказал, что, по данным полиции, «группа была большой».')).toEqual([
      'Иван Петров',
    ]);
  });

  it('gives a quotation far from a «Как заявила X,» clause framing it to X', () => {
    expect(
      speakers(
        'Как заявила глава комитета Анна Сергеева в пятницу, Иванов и Петров «внесли важный вклад».',
      ),
    ).toEqual(['Анна Сергеева']);
    // Inside a sentence, the «как» clause whose closing comma runs into the quotation.
    expect(
      speakers(
        'Реформа нужна, чтобы, как выразился президент России Владимир Путин в послании к Федеральному собранию, «привести ситуацию в порядок».',
      ),
    ).toEqual(['Владимир Путин']);
    // Past a quoted title, a span after «известный, как» is the title's name.
    expect(
      speakers(
        'Как заявил в четверг Владимир Путин, он не видит оснований не подписывать законопроект «О мерах воздействия на лиц», более известный, как «закон Димы Яковлева».',
      ),
    ).toEqual([]);
  });

  it('reads «намекнул», «насмехался», «отшутился» as speech verbs', () => {
    expect(speakers('«Выборы покажут», — намекнул премьер-министр Иван Петров.')).toEqual([
      'Иван Петров',
    ]);
    expect(speakers('«Пусть сначала научится писать», — насмехался Иван Петров.')).toEqual([
      'Иван Петров',
    ]);
    expect(speakers('«Посмотрим», — усмехнулась Анна Сергеева.')).toEqual(['Анна Сергеева']);
    expect(speakers('«Пора думать об удочке», — отшутился Иван Петров.')).toEqual(['Иван Петров']);
  });

  it('gives «он» that no named person answers to the last speaker of agreeing gender', () => {
    // A lone surname read only at its cue is no person of the registry a pronoun could find.
    expect(
      speakers(
        '«Так было всегда», — напомнил Карамзин. «Но нам нужны профессионалы», — отметил он.',
      ),
    ).toEqual(['Карамзин', 'Карамзин']);
    // The verb shows someone else.
    expect(
      speakers(
        '«Так было всегда», — напомнил Карамзин. «Но нам нужны профессионалы», — отметила она.',
      ),
    ).toEqual(['Карамзин', '']);
  });

  it('reads a capitalised organisation noun opening the sentence with its name', () => {
    expect(
      speakers('Вчера прошли выборы. Газета «Коммерсант» пишет, что явка была «очень низкой».'),
    ).toEqual(['Газета Коммерсант']);
    expect(
      speakers(
        'Вчера прошли выборы. Министерство здравоохранения Казахстана сообщило, что спортсмен потерял «около трёх литров крови».',
      ),
    ).toEqual(['Министерство здравоохранения Казахстана']);
    // The noun alone names no one in particular: the lone word stays too doubtful to show.
    expect(
      speakers('Вчера прошли выборы. Министерство заявило, что явка была «очень низкой».'),
    ).toEqual(['']);
  });

  it('reads «так сказал X» after a quotation as «сказал X»', () => {
    expect(
      speakers('«Я хочу стать мэром», так сказал 34-летний Иван Петров на пресс-конференции.'),
    ).toEqual(['Иван Петров']);
    expect(speakers('«Я хочу стать мэром», — так заявила Анна Сергеева.')).toEqual([
      'Анна Сергеева',
    ]);
  });

  it('reads «надеется, что» and «обратил внимание, что» as cues with the subject before', () => {
    expect(
      speakers('Вчера вышла книга. Анна Сергеева надеется, что читатели «станут внимательнее».'),
    ).toEqual(['Анна Сергеева']);
    expect(
      speakers(
        'Вчера прошёл турнир. Тренер Фёдор Иванов обратил внимание, что «зрители увидели реальные бои».',
      ),
    ).toEqual(['Фёдор Иванов']);
  });

  it("finds the holder after a title's organisation when the cue follows the name", () => {
    // The country closing the organisation's name is not the first word of the holder's.
    expect(
      speakers(
        'Вчера прошёл турнир. Глава Союза ММА России Фёдор Иванов обратил внимание, что «зрители увидели реальные бои».',
      ),
    ).toEqual(['Фёдор Иванов']);
  });

  it('reads «пресс-атташе» and «сопредседатель» as roles of the person named with them', () => {
    expect(
      speakers(
        'По словам пресс-атташе посольства Сергея Маркова, граждане работали в Сирии. Посольство принимает «все меры по их поиску», подчеркнул пресс-атташе.',
      ),
    ).toEqual(['Сергей Марков']);
    expect(
      speakers(
        'Сопредседатель группы «Экозащита» Иван Петров выступил на слушаниях. «Это можно сделать на законодательном уровне», — заключил сопредседатель группы.',
      ),
    ).toEqual(['Иван Петров']);
  });

  it('knows foreign first names as Russian news writes them, in every case', () => {
    expect(firstNameGender('Хуаном')).toBe('m');
    expect(firstNameGender('Пегги')).toBe('f');
    expect(toNominativeName('Хуаном Карлосом Саласом')).toBe('Хуан Карлос Салас');
    expect(toNominativeName('Сергеем Кузнецом')).toBe('Сергей Кузнец');
    // Not inflected: a surname in -ом stays as written.
    expect(toNominativeName('Ахмед Хашем')).toBe('Ахмед Хашем');
    expect(
      speakers(
        'Здание спроектировано Хуаном Карлосом Саласом. «Архитектура не поможет умершим», — говорит он.',
      ),
    ).toEqual(['Хуан Карлос Салас']);
  });

  it('reads «его» before the document of a passive cue as its writer', () => {
    expect(
      speakers(
        'Чемпионку поздравил губернатор Сергей Боженов. «Вашим успехом гордится вся область», — отмечается в его телеграмме.',
      ),
    ).toEqual(['Сергей Боженов']);
    // Words said to him or for him are not his.
    expect(
      speakers(
        'Губернатор Сергей Боженов ушёл в отставку. «Он предал область», — говорится в его адрес.',
      ),
    ).toEqual(['']);
  });
});
