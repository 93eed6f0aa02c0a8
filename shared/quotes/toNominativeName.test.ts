import { describe, expect, it } from 'vitest';
import { toNominativeName } from './toNominativeName';

describe('toNominativeName', () => {
  it('puts a Russian name whose first name is known into the nominative', () => {
    expect(toNominativeName('Вадимом Ковалёвым')).toBe('Вадим Ковалёв');
    expect(toNominativeName('Вадима Ковалёва')).toBe('Вадим Ковалёв');
    expect(toNominativeName('Натальей Сергуниной')).toBe('Наталья Сергунина');
    expect(toNominativeName('Владимира Жириновского')).toBe('Владимир Жириновский');
    expect(toNominativeName('Ольгу Бельскую')).toBe('Ольга Бельская');
    expect(toNominativeName('Виктора Януковича')).toBe('Виктор Янукович');
    expect(toNominativeName('Виктор Януковича')).toBe('Виктор Янукович');
    expect(toNominativeName('Сергеем Гребенником')).toBe('Сергей Гребенник');
  });

  it('leaves nominatives, unknown first names and English names as they are', () => {
    expect(toNominativeName('Наталья Сергунина')).toBe('Наталья Сергунина');
    expect(toNominativeName('Хайнца Фишера')).toBe('Хайнца Фишера');
    expect(toNominativeName('Ковалёва')).toBe('Ковалёва');
    expect(toNominativeName('Mary Smith')).toBe('Mary Smith');
  });
});
