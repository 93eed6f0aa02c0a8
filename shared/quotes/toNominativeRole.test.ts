import { describe, expect, it } from 'vitest';
import { toNominativeRole } from './toNominativeRole';

describe('toNominativeRole', () => {
  it('puts the head noun into the nominative and keeps its dependents', () => {
    expect(toNominativeRole('руководителем ЦОДД')).toBe('руководитель ЦОДД');
    expect(toNominativeRole('руководителя ЦОДД')).toBe('руководитель ЦОДД');
    expect(toNominativeRole('главы департамента')).toBe('глава департамента');
    expect(toNominativeRole('заместителем министра обороны')).toBe('заместитель министра обороны');
    expect(toNominativeRole('пресс-секретаря президента')).toBe('пресс-секретарь президента');
    expect(toNominativeRole('Министра финансов')).toBe('Министр финансов');
  });

  it('leaves roles that open with an adjective, and English roles, as they are', () => {
    expect(toNominativeRole('главного редактора')).toBe('главного редактора');
    expect(toNominativeRole('the governor')).toBe('the governor');
  });
});
