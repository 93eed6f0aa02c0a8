import { describe, expect, it } from 'vitest';
import { nominativeSpeaker } from './nominativeSpeaker';

describe('nominativeSpeaker', () => {
  it('declines a genitive name and role to the nominative', () => {
    expect(nominativeSpeaker({ speaker: 'Вадима Ковалёва', role: 'руководителя ЦОДД' })).toEqual({
      speaker: 'Вадим Ковалёв',
      role: 'руководитель ЦОДД',
    });
    expect(
      nominativeSpeaker({ speaker: 'Натальи Сергуниной', role: 'заместителя мэра Москвы' }),
    ).toEqual({ speaker: 'Наталья Сергунина', role: 'заместитель мэра Москвы' });
  });

  it('leaves the nominative, English and empty fields as they are', () => {
    expect(
      nominativeSpeaker({ speaker: 'Наталья Сергунина', role: 'заместитель мэра Москвы' }),
    ).toEqual({ speaker: 'Наталья Сергунина', role: 'заместитель мэра Москвы' });
    expect(nominativeSpeaker({ speaker: 'Sadiq Khan', role: 'Mayor of London' })).toEqual({
      speaker: 'Sadiq Khan',
      role: 'Mayor of London',
    });
    expect(nominativeSpeaker({ speaker: '', role: '' })).toEqual({ speaker: '', role: '' });
  });
});
