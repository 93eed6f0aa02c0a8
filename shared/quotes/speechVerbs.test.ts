import { describe, expect, it } from 'vitest';
import { findSpeechVerb, matchMultiwordCue } from './speechVerbs';

describe('findSpeechVerb', () => {
  it.each([
    ['сказал', 'm'],
    ['сказала', 'f'],
    ['сказали', 'plural'],
    ['заявил', 'm'],
    ['отметила', 'f'],
    ['рассказал', 'm'],
    ['сообщили', 'plural'],
    ['подчеркнула', 'f'],
    ['добавил', 'm'],
    ['пояснила', 'f'],
    ['уточнил', 'm'],
    ['признала', 'f'],
    ['признался', 'm'],
    ['заметил', 'm'],
    ['ответила', 'f'],
    ['напомнил', 'm'],
    ['объяснила', 'f'],
    ['констатировал', 'm'],
    ['резюмировала', 'f'],
    ['предупредил', 'm'],
    ['пообещала', 'f'],
    ['призвал', 'm'],
    ['говорит', ''],
    ['считает', ''],
    ['считают', 'plural'],
    ['цитирует', ''],
    ['подчёркивает', ''],
  ])('knows the Russian form %s (%s)', (form, gender) => {
    expect(findSpeechVerb(form)).toMatchObject({ language: 'ru', gender });
  });

  it.each([
    'said',
    'says',
    'added',
    'noted',
    'told',
    'explained',
    'wrote',
    'asked',
    'replied',
    'argued',
    'insisted',
    'warned',
    'stated',
    'recalled',
    'continued',
    'acknowledged',
    'admitted',
    'claimed',
    'declared',
    'tweeted',
  ])('knows the English form %s', (form) => {
    expect(findSpeechVerb(form)).toMatchObject({ language: 'en', isNonFinite: false });
  });

  it('ignores case and marks what kind of verb it is', () => {
    expect(findSpeechVerb('Сказал')?.form).toBe('сказал');
    expect(findSpeechVerb('цитирует')?.isCite).toBe(true);
    expect(findSpeechVerb('говорится')?.isPassive).toBe(true);
    expect(findSpeechVerb('заявив')?.isNonFinite).toBe(true);
    expect(findSpeechVerb('saying')?.isNonFinite).toBe(true);
    expect(findSpeechVerb('стол')).toBeUndefined();
    expect(findSpeechVerb('table')).toBeUndefined();
  });

  it('matches multi-word cues', () => {
    expect(matchMultiwordCue(['according', 'to', 'the', 'mayor'], 0)).toBe(2);
    expect(matchMultiwordCue(['по', 'словам', 'министра'], 0)).toBe(2);
    expect(matchMultiwordCue(['as', 'he', 'put', 'it'], 2)).toBe(2);
    // «По данным X» frames a source's account since round twenty-six; «по итогам» frames none.
    expect(matchMultiwordCue(['по', 'данным'], 0)).toBe(2);
    expect(matchMultiwordCue(['по', 'итогам'], 0)).toBe(0);
  });
});
