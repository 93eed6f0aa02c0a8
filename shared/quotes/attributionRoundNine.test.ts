import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { completeFromText } from './completeFromText';
import { detectQuotes } from './detectQuotes';
import { speakerConfidenceThreshold } from './detectedQuote';

describe('attribution, round nine (issue 14): names read where the sentence only mentions them', () => {
  it('leaves a name after a preposition unshown ("на Кубу", "the owner of X, Name,")', () => {
    expect(
      speakers(
        'Группа выступила в Гаване. «Это шоу станет для нас важнейшим событием», — это было отмечено в заявлении группы, опубликованном перед прибытием музыкантов на Кубу.',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'The lawyers brought the owner of Trace Canada, Len Beagley, to testify that "tremendous developments" had been made.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('leaves a name before an English verb that does not agree with it unshown', () => {
    expect(
      speakers(
        'In what the association calls "an attack on national dignity," the characters in a comic strip by cartoonist Mike Peters call into question the trade.',
        'en',
      ),
    ).toEqual(['']);
    // A verb that agrees keeps its subject.
    expect(speakers('"We are ready," Mike Peters says.', 'en')).toEqual(['Mike Peters']);
  });

  it('leaves a Russian first name in the dative unshown, but not the genitive of "по словам"', () => {
    expect(
      speakers(
        'Он заявлял, что письмо президенту России Владимиру Путину он не посылал, а направил заявление: «Это не письмо, а заявление».',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'По словам Николая Азарова, Москва согласилась «повысить надежность поставок в Европу».',
      ),
    ).toEqual(['Николай Азаров']);
  });

  it('leaves a name inside a "что" clause unshown when the cue is a verb joined by "и"', () => {
    expect(
      speakers(
        'Президент выразил уверенность, что кандидатура Керри будет быстро утверждена Сенатом и отметил, что «жизненный опыт Керри подготовил его к этой новой роли».',
      ),
    ).toEqual(['']);
  });

  it('does not show a single word after a title when the holder is named after it', () => {
    // Round nine left both blank; round twenty-one reads the holder's full name instead.
    expect(
      speakers(
        '«Лопес имеет право зарабатывать на жизнь», — заявил президент Фонда прав человека (Human Rights Foundation) Тор Халворссен. «Куда она дальше поедет?» — продолжил он.',
      ),
    ).toEqual(['Тор Халворссен', 'Тор Халворссен']);
  });
});

describe('attribution, round nine: pronouns and continuations', () => {
  it('leaves an English pronoun unshown when its antecedent has no known gender', () => {
    const text =
      'Standing alongside President Nicolas Sarkozy, Betancourt smiled. "I have been dreaming of this moment," she said.';
    const [quote] = detectQuotes(text, { language: 'en' });
    expect(quote?.speaker).toBe('');
    expect(quote?.confidence).toBeLessThan(speakerConfidenceThreshold);
  });

  it('leaves a Russian feminine pronoun unshown for a person of unknown gender, not a masculine one', () => {
    expect(
      speakers(
        'Джимми Уэйлс считает, что нужна проверка дипломов. Она сказала: «Проблема в качестве статей».',
      ),
    ).toEqual(['']);
    expect(
      speakers('Режиссёр Педро Альмодовар возглавил жюри. «Я очень счастлив», — сказал он.'),
    ).toEqual(['Педро Альмодовар']);
  });

  it('leaves "по её словам" unshown when a colon gives the quotation to another clause', () => {
    expect(
      speakers(
        'Свидетелем выступает дочь погибшей Татьяна. По её словам, ей позвонил младший брат Пётр и сказал: «Я, кажется, её убил».',
      ),
    ).toEqual(['']);
  });

  it('does not carry the last speaker past a sentence whose subject is a title', () => {
    expect(
      speakers(
        'Причиной отказа стала «неточность формулировок», заявил председатель совета Игорь Рогов. Президент и сам критически отзывался о намерении депутатов. «Я буду работать, сколько мне позволят», — добавил он.',
      ),
    ).toEqual(['Игорь Рогов', '']);
  });

  it('continues a speaker inside a sentence only when the sentence is about them', () => {
    const text =
      '"We couldn\'t help but be a little hopeful," his older sister Zaynab remarked. But when the family returned home, there was a crushing message from his lawyers, "Abdullah didn\'t make bail".';
    expect(speakers(text, 'en')).toEqual(['Zaynab', '']);
    const about =
      '"Seventeen years ago, this would not have been possible," said Ambassador Mohib. Mohib also said that "they represent our aspirations".';
    expect(speakers(about, 'en')[1]).toContain('Mohib');
    const titled =
      'Президент России Владимир Путин выступил в Кремле. «Нужно обеспечить реформу», — подчеркнул президент, признав, что «в системе масса проблем», а «ресурсы часто не соответствуют задачам».';
    expect(speakers(titled)).toEqual(['Владимир Путин', 'Владимир Путин', 'Владимир Путин']);
  });
});

describe('attribution, round nine: a first name completed from the text', () => {
  it('gives a single word at a cue the fuller name the article writes it in', () => {
    expect(
      speakers(
        '«Ну, всё», — сказал один из зрителей, 62-летний Хоакин Ортис. Он стал фанатом группы. «Это как мое последнее желание», сказал Хоакин.',
      )[1],
    ).toBe('Хоакин Ортис');
    expect(
      completeFromText('…зрителей, 62-летний Хоакин Ортис. «…», сказал Хоакин.', 'Хоакин'),
    ).toBe('Хоакин Ортис');
    expect(completeFromText('«…», сказал Проди.', 'Проди')).toBe('Проди');
    // Two fuller names: the word is ambiguous.
    expect(completeFromText('Анна Петрова и Анна Смирнова. Сказала Анна.', 'Анна')).toBe('');
    // A paragraph break is no part of a name ("Jenny Leong\n\nJenny Leong, co-ordinator").
    expect(completeFromText('Jenny Leong\n\nJenny Leong said.', 'Leong')).toBe('Leong');
  });
});
