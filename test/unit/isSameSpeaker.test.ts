import { describe, expect, it } from 'vitest';
import { isSameSpeaker } from '../eval/isSameSpeaker';

describe("the evaluator's rule for a shown speaker being the labelled one", () => {
  it('takes a surname up to a case ending, and the first name too when both give one', () => {
    expect(isSameSpeaker('Наталья Сергунина', 'Сергуниной')).toBe(true);
    expect(isSameSpeaker('Наталья Сергунина', 'Н. Сергунина')).toBe(true);
    expect(isSameSpeaker('Анастасия Удальцова', 'Сергей Удальцов')).toBe(false);
    expect(isSameSpeaker('Джанет Рено', 'Роберт Рено')).toBe(false);
    expect(isSameSpeaker('Александр Вертинский', 'Н. Н. Вертинской')).toBe(false);
    // A title or "сам" before the surname says nothing about the first name.
    expect(isSameSpeaker('Чарльз Симони', 'Доктор Симони')).toBe(true);
    expect(isSameSpeaker('Модест Колеров', 'Сам Колеров')).toBe(true);
    // Spelling variants of one first name, and a Latin C typed in a Cyrillic name.
    expect(isSameSpeaker('Брижит Бардо', 'Бриджит Бардо')).toBe(true);
    expect(isSameSpeaker('Стив Балмер', 'Cтив Балмер')).toBe(true);
  });

  it('reconciles two first names when the text names the person with both', () => {
    const text = 'Abdelbaset Ali al-Megrahi died. His brother Mohammed al-Megrahi claimed it.';
    expect(isSameSpeaker('Abdelbaset al-Megrahi', 'Ali al-Megrahi', 'person', [], text)).toBe(true);
    expect(isSameSpeaker('Mohammed al-Megrahi', 'Ali al-Megrahi', 'person', [], text)).toBe(false);
  });

  it('counts a shortening of the labelled name unless someone else named has it too', () => {
    expect(isSameSpeaker('Хайдемария Стефанишин-Пайпер', 'Пайпер')).toBe(true);
    expect(isSameSpeaker('Nouri al-Maliki', 'Maliki')).toBe(true);
    expect(isSameSpeaker('Abdourahim Said Bakar', 'Abdourahim Said')).toBe(true);
    expect(isSameSpeaker('Момо аль-Итали', 'Момо')).toBe(true);
    expect(isSameSpeaker('Ли Куан Ю', 'Куан Ю')).toBe(true);
    expect(isSameSpeaker('Nouri al-Maliki', 'al')).toBe(false);
    expect(isSameSpeaker('Момо аль-Итали', 'Момо', 'person', ['Момо Росси'])).toBe(false);
  });

  it('takes a one-letter transliteration variant only after the same first names', () => {
    expect(isSameSpeaker('Abdourahim Said Bakar', 'Abdourahim Said Bacar')).toBe(true);
    expect(isSameSpeaker('Abdourahim Said Bakar', 'Mohamed Bacar')).toBe(false);
  });

  it('matches organisations by their first or last words, and no one only with no one', () => {
    expect(isSameSpeaker('Общество научных работников', 'Общества', 'organisation')).toBe(true);
    expect(
      isSameSpeaker('областной департамент финансов', 'департамент финансов', 'organisation'),
    ).toBe(true);
    // An acronym is the organisation whose capitalised words it spells (round twenty-seven).
    expect(isSameSpeaker('KCNA', 'Korean Central News Agency', 'organisation')).toBe(true);
    expect(isSameSpeaker('Movement for Democratic Change', 'MDC', 'organisation')).toBe(true);
    expect(isSameSpeaker('MDC', 'Movement for Change', 'organisation')).toBe(false);
    expect(isSameSpeaker('', '')).toBe(true);
    expect(isSameSpeaker('', 'Иван Агафонов')).toBe(false);
    expect(isSameSpeaker('Иван Агафонов', '')).toBe(false);
  });
});
