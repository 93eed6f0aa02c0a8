import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round fifteen (issue 14): the wrong names', () => {
  it('names nobody for a noun of kinship opening the sentence before a surname', () => {
    // «Сестра Петрова» is the sister, whom the text does not name: not a person "Сестра".
    expect(
      speakers('Соседи Ивана Петрова пришли на суд. Сестра Петрова называла приговор «ошибкой».'),
    ).toEqual(['']);
  });

  it('does not give the last subject the words after a role that is another verb’s object', () => {
    // «обидели певца и он … возмутился»: «певца» is the object of «обидели», not the speaker,
    // so the minister reported before is not meant either.
    expect(
      speakers(
        'Министр Пётр Орлов назвал переезд Ивана Белова «бегством». Такие слова обидели певца и он опубликовал письмо, в котором возмутился словами министра: «Я никого не предавал».',
      ),
    ).toEqual(['Пётр Орлов', '']);
  });

  it('leaves «он» unshown when a person named after the verb, gender untold, may be meant', () => {
    // «поздравили … тренер Мигель Торрес. Он …»: the coach is as likely as the earlier subject.
    expect(
      speakers(
        'Отец ребёнка — бизнесмен Олег Сидоров. Сына поздравили его жена Анна Смирнова и тренер Мигель Торрес. Он пожелал ему удачи, добавив, что «главное впереди».',
      ),
    ).toEqual(['']);
  });
});
