import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round eleven (issue 14): no wrong name, then recall', () => {
  it('takes the role after an inverted verb as the subject, not a name in the adverbial after it', () => {
    expect(
      speakers(
        'Президент РФ Владимир Путин провёл заседание. «Я пока не вижу оснований», — сказал президент РФ на заседании Госсовета.',
      ),
    ).not.toContain('Госсовета');
    expect(
      speakers(
        'Известный музыкант, пианист Евгений Кисин выступил в Ереване. «Не важно, где мы», — заявил музыкант в ходе брифинга с главным менеджером фестиваля Соной Ованнисян.',
      ),
    ).not.toContain('Соной Ованнисян');
    // A full name in the nominative after the adverbial is still the role's holder.
    expect(
      speakers('«Мы готовы», — сказал глава представительства компании в России Иван Петров.'),
    ).toEqual(['Иван Петров']);
  });

  it('gives the words to the organisation whose phrase a genitive place name ends', () => {
    expect(
      speakers(
        'В пресс-службе ГУ МВД России по Москве уточнили подробности прошлой ночи: «По предварительным данным, она поймала такси». В департаменте здравоохранения Москвы уточнили, что «в этой аварии погибли двое».',
      ),
    ).toEqual(['пресс-служба ГУ МВД России', 'департамент здравоохранения Москвы']);
  });

  it('leaves a plural verb after one person unattributed: it means unnamed people', () => {
    expect(
      speakers(
        'Писатель Дмитрий Быков попал в больницу. Сообщалось, что Быков попал в больницу с инсультом, однако позже это опровергли и сейчас говорят о «подозрении на инсульт».',
      ),
    ).toEqual(['']);
    // Two people joined by "и" are the subject, and a document names its author.
    expect(speakers('Иван Петров и Сергей Иванов заявили: «Нет».')).toEqual(['Иван Петров']);
  });

  it('reads a first name ending in a consonant and -ю as an addressee, not the speaker', () => {
    expect(
      speakers(
        'Президент России направил телеграмму Раулю Кастро, в которой поблагодарил его за «многолетнее плодотворное взаимодействие».',
      ),
    ).toEqual(['']);
  });

  it('gives the words to the name after a role, not to the name the role is of', () => {
    expect(
      speakers(
        'At the time of the contest, Ireland regional lawmaker Órla Nic Biorna tweeted, "Shocked at the support."',
        'en',
      ),
    ).toEqual(['Órla Nic Biorna']);
    // A preposition between makes the later name an object: "к главе Минюста".
    expect(
      speakers('«Благодаря его деятельности», — сказано в обращении Общества к главе Минюста.'),
    ).not.toContain('Минюста');
  });

  it("does not read a name after a possessive or a determiner as a participle's subject", () => {
    expect(
      speakers(
        'Swedish political party Vänsterpartiet Malmö released a statement boycotting the next year\'s Eurovision saying, "We in the Left Party think it is vital." The Eurovision Song Contest was held.',
        'en',
      ),
    ).toEqual(['Vänsterpartiet Malmö']);
  });

  it('does not read the subject of a reported clause after an English verb as its speaker', () => {
    expect(
      speakers(
        'In a press conference, the state governor, Henry McMaster, said the Amtrak locomotive was "barely recognizable" and left. The resolution also stated that Iranian authorities "routinely detain persons" and that.',
        'en',
      ),
      // Since round seventeen the governor set off by commas is read as the subject of "said".
    ).toEqual(['Henry McMaster', '']);
  });

  it("resolves a subject pronoun to the sentence's subject, not the subject of a clause inside it", () => {
    expect(
      speakers(
        'Abdelbaset Ali al-Megrahi has been buried in Janzur. He died at his residence Sunday. However, UK citizen Jim Swire, father of another victim of the bombing, believes al-Megrahi was not guilty. He described al-Megrahi\'s death as "a sad time".',
        'en',
      ),
    ).toEqual(['Jim Swire']);
  });

  it('finds a partial quotation of three lower-case words or more without a cue', () => {
    expect(
      speakers(
        'Как выразился один из источников, он «добывал золото у золотодобытчиков». Позднее он узнал, что его тело было «бомбой с тикающим часовым механизмом».',
      ),
    ).toHaveLength(2);
    // A term of two words, or one with a name inside, is not a quotation.
    expect(
      speakers('Стороны обсудили «нормандский формат» и «закон Димы Яковлева» на встрече.'),
    ).toEqual([]);
  });

  it('reads verbs that frame a partial quotation as a judgement, and a capitalised adjective with its noun', () => {
    expect(
      speakers(
        'Исторический музей посчитал подобную дискуссию «крайне неэтичной» накануне праздника.',
      ),
    ).toEqual(['Исторический музей']);
    expect(
      speakers(
        'Газета «Жэньминь жибао» сравнивает «Манифест» со «славным рассветом в истории» и «духовным пристанищем».',
      ),
    ).toHaveLength(2);
  });

  it('gives "It said" to the organisation the sentence before has for its subject', () => {
    expect(
      speakers(
        'A statement by the Brady Campaign and Center to Prevent Gun Violence was posted on Facebook. It said "We are heartbroken over the loss of Sarah Brady."',
        'en',
      ),
    ).toEqual(['Brady Campaign and Center to Prevent Gun Violence']);
    expect(
      speakers(
        'Jordan\'s state news agency, Petra, identified the officer as Sharif Ali bin Zaid. It says he was killed while "performing the sacred duty of Jordanian forces."',
        'en',
      ),
    ).toEqual(['Petra']);
    // Nothing of the kind before: "it" stays unnamed.
    expect(
      speakers('The vote was close. It said "We will appeal the decision now."', 'en'),
    ).toEqual(['']);
  });

  it('reads the subject past an English opening adverbial that holds a speech word as a noun', () => {
    expect(
      speakers(
        'Mahmoud Ahmadinejad spoke at Columbia. In a rebuttal to claims that his country oppressed women and homosexuals, Ahmadinejad responded by claiming "It is wrong for some governments to do so."',
        'en',
      ),
    ).toEqual(['Mahmoud Ahmadinejad']);
  });
});
