import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round seventeen (issue 14): the unattributed', () => {
  it('gives a phrase quoted inside a cueless sentence to the person the sentence opens with', () => {
    // No speech verb: the subject's attitude or account is what the quotation reports.
    expect(
      speakers(
        'Министр культуры Ольга Вершинина обвинила подрядчика в том, что он «сорвал все сроки».',
      ),
    ).toEqual(['Ольга Вершинина']);
    expect(
      speakers(
        'Judge Alan Porter seemed unconvinced that the device was a "reliable way of tracking anyone".',
        'en',
      ),
    ).toEqual(['Alan Porter']);
  });

  it('names nobody when the sentence opens with something other than a title and the name', () => {
    // «В воскресенье комитет похвалил …»: the first name is an object; a relative's sentence
    // («Сосед Петрова …») is the relative's, whom the text does not name.
    expect(
      speakers('В воскресенье комитет похвалил Ивана Петрова за «честную и смелую работу».'),
    ).toEqual(['']);
    expect(speakers('Сосед Ивана Петрова описывал его как «тихого и вежливого человека».')).toEqual(
      [''],
    );
  });

  it('names nobody when another person is named before the quotation', () => {
    expect(
      speakers('Senator Ann Hale met Governor Mark Rudd to discuss "the only way out".', 'en'),
    ).toEqual(['']);
  });

  it('names nobody when the subject denies the words quoted', () => {
    // The denied words are the accusers', whom the sentence does not name.
    expect(
      speakers(
        'Пресс-секретарь Иван Петров отверг предположения, что ведомство «скрывает данные о выбросах от жителей».',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Mayor Jane Cole rejected the idea that the council had "lost control of the budget".',
        'en',
      ),
    ).toEqual(['']);
  });

  it('does not read a word capitalised for opening the sentence as a first name', () => {
    // «Задачей-минимум Канаев видит …»: the opening word is no part of the name.
    expect(
      speakers('Главной целью Сидоренко видит создание службы, способной «отвечать за всё».'),
    ).toEqual(['']);
  });

  it('names nobody for a name in an oblique case opening the sentence', () => {
    // «Администрация Обамы»: the administration speaks, not Obama.
    expect(
      speakers(
        'Барак Обама приехал в Москву.\n\nАдминистрация Обамы выразила надежду, что переговоры «принесут плоды уже весной».',
      ),
    ).toEqual(['']);
  });

  it('reads the cue after a quotation set in wiki italics', () => {
    // Wikinews writes ''«…»'', — заявил он: the apostrophes are markup, not words.
    expect(
      speakers(
        "Спортсмены получили премии.\n\n''«Нам особо приятно видеть такие результаты»'', — прокомментировал событие Дмитрий Святаш.",
      ),
    ).toEqual(['Дмитрий Святаш']);
  });

  it('leaves "он" unshown when the last name is oblique in a sentence a title opens', () => {
    // «Сенатор … администрации Обамы …»: "он" may be the senator as well as Obama.
    expect(
      speakers(
        'Барак Обама приехал в город. Сенатор получил похвалу от администрации Обамы, когда выступил с речью.\n«Мы победим на этих выборах», — заявил он.',
      ),
    ).toEqual(['']);
  });

  it('names the two words after an inverted verb that a role follows, not the body of the role', () => {
    // «Кристофер» is no listed first name; «представитель Департамента» is his post.
    expect(
      speakers(
        'Он повесился в камере.\n\n«Он также пытался заблокировать дверь камеры изнутри», — заявил Кристофер Фэллон, представитель Департамента исправительных учреждений штата Массачусетс.',
      ),
    ).toEqual(['Кристофер Фэллон']);
    // English already read it so.
    expect(
      speakers(
        'He was found dead in his cell.\n\n"He had also tried to block the door," said Kwabena Fallon, a spokesman for the Massachusetts Department of Correction.',
        'en',
      ),
    ).toEqual(['Kwabena Fallon']);
  });

  it("leaves a weak cue's speaker unshown when the next sentence says who made the statement", () => {
    // «Такое заявление сделал пресс-секретарь …»: the body at the cue did not say it itself.
    expect(
      speakers(
        'В свою очередь, движение «Талибан», взявшее ответственность за атаку, называет более высокую цифру погибших — «семь иностранных захватчиков». Такое заявление сделал пресс-секретарь движения Кари Ахмади.',
      ),
    ).toEqual(['']);
  });

  it('reads a capitalised "Said" between two names as part of the name', () => {
    // "Abdourahim Said Bacar said": the Arabic name, then the verb.
    expect(
      speakers(
        'Colonel Mohamed Bacar fled the island on Tuesday. "The colonel has been spotted in the village," Abdourahim Said Bacar said. "It seems that he is dressed as a woman," he added.',
        'en',
      ),
    ).toEqual(['Abdourahim Said Bacar', 'Abdourahim Said Bacar']);
  });

  it('leaves "he" unshown when a subject of untold gender speaks after the antecedent', () => {
    // Xolani Dube, whose gender the article never shows, may be "he" as well as the colonel.
    expect(
      speakers(
        'Colonel Mohamed Bacar has been spotted near the coast, Xolani Dube told reporters on Tuesday. "It seems that he is dressed as a woman," he added.',
        'en',
      ),
    ).toEqual(['']);
    // Inside the antecedent's own report ("Tyler Joseph said Josh Dun proposed") it is no rival.
    expect(
      speakers(
        'Tyler Joseph said Josh Dun proposed a bet. "Anything is possible for everyone watching at home," he said.',
        'en',
      )[0],
    ).toMatch(/Joseph/);
  });

  it('gives the verb of a clause joined by ", and" / «, а» to that clause\'s own subject', () => {
    // The first clause's subject insisted on something else; the second's said the words.
    expect(
      speakers(
        'NATO has insisted it will keep fighting, and the United Nations said the death marked a "watershed moment in our common global fight against terrorism."',
        'en',
      ),
    ).toEqual(['United Nations']);
    expect(
      speakers(
        'Министр Иван Петров настаивает на продолжении операции, а Минобороны России заявило, что переговоры зашли в «глубокий и опасный тупик».',
      ),
    ).toEqual(['Минобороны России']);
  });

  it('gives a cue that names no speaker to the person the sentence opens with', () => {
    // "is quoted in … as saying": the participle has no subject of its own.
    expect(
      speakers(
        'Commissioner Ann Hale is quoted in the Daily Star as saying of the letter, "You often run into conflicts when politics and religion mix."',
        'en',
      ),
    ).toEqual(['Ann Hale']);
  });

  it('takes no name inside an opening adverbial for the sentence subject', () => {
    // "During the Mayor Ann Hale Show Parade, the council …": the council spoke.
    expect(
      speakers(
        'During the Mayor Ann Hale Show Parade, the council defended the budget: "We are working intensely on the figures."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads a full name set off by commas after a title, right before the verb', () => {
    // "the state governor, Henry McMaster, said": the apposition is the subject.
    expect(
      speakers(
        'The locomotive was folded in half. In a press conference, the state governor, Henry McMaster, said the locomotive was "barely recognizable" and described it as "a horrible thing to see".',
        'en',
      ),
    ).toEqual(['Henry McMaster', 'Henry McMaster']);
  });

  it('does not run a quotation on past "the" and a common noun before the verb', () => {
    // "The report also stated": a document the text does not name, not the senator.
    expect(
      speakers(
        'Senator Ann Hale said the plan "would fail within a year". The report also stated that the council had "lost control of the budget".',
        'en',
      ),
    ).toEqual(['Ann Hale', '']);
  });

  it('gives a cueless quotation sentence to the subject of the sentence before, same paragraph', () => {
    // No speech verb before: the subject questioned or criticised something, then is quoted.
    expect(
      speakers(
        'President Mark Rudd questioned U.S. nuclear policy. "Making nuclear bombs is the worst thing a government can do."',
        'en',
      ),
    ).toEqual(['Mark Rudd']);
    expect(
      speakers(
        'Президент Иван Петров раскритиковал ядерную политику соседей. «Производство ядерного оружия ведёт мир в никуда, и мы все это прекрасно знаем».',
      ),
    ).toEqual(['Иван Петров']);
    // A new paragraph may be anyone's words.
    expect(
      speakers(
        'Президент Иван Петров раскритиковал ядерную политику соседей.\n«Производство ядерного оружия ведёт мир в никуда, и мы все это прекрасно знаем».',
      ),
    ).toEqual(['']);
  });

  it('reads a name\'s gender from "X said he" in the sentence before', () => {
    // "Eastman said he is alarmed": "he" after it is Eastman, whose gender no first name shows.
    expect(
      speakers(
        'Professor Cres Eastman led the team.\n\nProfessor Eastman said he is alarmed by what they found. "Pregnant women are getting about half as much as they require," he said.',
        'en',
      ),
    ).toEqual(['Cres Eastman']);
    // "Kim Lowe said she …" rules "he" out.
    expect(
      speakers(
        'Professor Cres Eastman led the team. Mayor Kim Lowe said she is alarmed by the figures. "Pregnant women are getting about half as much as they require," he said.',
        'en',
      ),
    ).toEqual(['']);
  });
});
