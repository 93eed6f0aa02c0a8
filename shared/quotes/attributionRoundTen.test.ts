import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round ten (issue 14): no wrong name on fresh text', () => {
  it('leaves a journalist nobody named unnamed, not the person just reported', () => {
    expect(
      speakers(
        'Фридрих Трамп открыл ресторан «Арктика». «Для одиноких мужчин это был лучший ресторан, — написал журналист газеты Yukon Sun. — Но я бы не рекомендовал его женщинам».',
      ),
    ).toEqual(['', '']);
  });

  it('does not read "СМИ" (the media in general) as an organisation that spoke', () => {
    expect(
      speakers(
        'Памятник простоял два года. «Местные власти не спешили выполнять закон», — говорится в сообщении украинских СМИ.',
      ),
    ).toEqual(['']);
  });

  it("does not take a passive's agent, an outlet with numerals in its name, for a participle's subject", () => {
    expect(
      speakers(
        'Cardinal George is quoted by Fox 32 Chicago responding to the letter: "It is dishonest to use the law."',
        'en',
      ),
    ).toEqual(['George']);
    // A participle's own subject still speaks.
    expect(speakers('The debate ended with Boswell stating: "We will win."', 'en')).toEqual([
      'Boswell',
    ]);
  });

  it('leaves a name someone talked with or to unshown at a weak cue', () => {
    expect(
      speakers(
        'У неё трое детей. В 1982 году в беседе с кинокритиком Джином Сискелом актриса говорила, что в семьях поляков или русских «больше любви», чем у американцев.',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'В пресс-службе музея журналистам ИА Красная Весна также сообщили, что в номере размещена «информация провокационного характера».',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'In a telephone conversation with Bolivian leader Eva Morales later in the broadcast, Chavez said of the Cuban leader "he is very well."',
        'en',
      ),
    ).not.toContain('Eva Morales');
    // "По словам" names its speaker in the genitive, and a colon after "с" may introduce one.
    expect(
      speakers(
        'По словам свердловского губернатора Александра Мишарина, «понятия не существовало».',
      ),
    ).toEqual(['Александра Мишарина']);
  });
});
