import { describe, expect, it } from 'vitest';
import { isRoleWord } from './roleWords';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-six (issue 14): Russian blanks without a wrong name', () => {
  it('reads the epithets a newsroom writes for the person it quotes as roles', () => {
    for (const word of ['чемпионка', 'принцессы', 'постановщик', 'понтифика', 'юбиляр'])
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
});
