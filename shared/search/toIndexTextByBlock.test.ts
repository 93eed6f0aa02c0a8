import { describe, expect, it } from 'vitest';
import { toIndexText } from './toIndexText';
import { toIndexTextByBlock } from './toIndexTextByBlock';

const texts = [
  '',
  'Одно слово',
  'Первый абзац.\n\nВторой абзац.',
  'С переносом\nстроки внутри\n\nи дальше',
  'Три перевода\n\n\nстроки и O’Brien\n\n— «» …\n\n\n\nRostov-on-Don',
  '\n\nначало с пустого блока\n\n',
  'Д\u2019Артаньян\n\nсказал\u00AD «да» 👍 2024\n\nсказал «да»',
];

describe('toIndexTextByBlock', () => {
  it('gives exactly what toIndexText gives for the whole text', () => {
    for (const text of texts) {
      expect(toIndexTextByBlock(text, undefined).indexText).toBe(toIndexText(text));
    }
  });

  it('takes unchanged blocks from the last call and stems only the changed ones', () => {
    const before = toIndexTextByBlock('Москва готовится.\n\nДожди идут.', undefined);
    const known = new Map(before.blocks);
    // A stand-in stem for the unchanged block proves it was taken, not stemmed again.
    known.set('Москва готовится.', 'взято');
    const after = toIndexTextByBlock('Москва готовится.\n\nСнег идёт.', known);
    expect(after.indexText).toBe(`взято ${toIndexText('Снег идёт.')}`);
    expect([...after.blocks.keys()]).toEqual(['Москва готовится.', 'Снег идёт.']);
  });
});
