import { describe, expect, it } from 'vitest';
import { toIndexText } from './toIndexText';

describe('toIndexText', () => {
  it('turns a field into its stems in order', () => {
    expect(toIndexText('К кластеру «Ломоносов» присоединились 200 компаний.')).toBe(
      'к кластер ломонос присоедин 200 компан',
    );
    expect(toIndexText('O’Brien signed the papers in Rostov-on-Don.')).toBe(
      'obrien sign the paper in rostov on don',
    );
  });

  it('is empty for a field without words', () => {
    expect(toIndexText('')).toBe('');
    expect(toIndexText(' — «» … 👍 ')).toBe('');
  });

  it('emits only letters, marks and digits between single spaces', () => {
    const indexText = toIndexText('"NEAR(a b)" headline:x {a b} ^x \'; DROP TABLE x; -- 🇷🇺 \u0000');
    expect(indexText).toMatch(/^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u);
  });

  it('indexes a 10,000-word article in one pass (time reported, not asserted)', async ({
    annotate,
  }) => {
    const paragraph =
      'Заместитель мэра Москвы Наталья Сергунина рассказала, что к инновационному кластеру ' +
      'присоединились новые компании; the cluster signed 200 agreements with partners. ';
    const words = paragraph.split(' ').length - 1;
    const article = paragraph.repeat(Math.ceil(10_000 / words));
    const started = performance.now();
    const indexText = toIndexText(article);
    await annotate(`toIndexText: ${(performance.now() - started).toFixed(1)} ms for 10,000 words`);
    expect(indexText.split(' ').length).toBeGreaterThanOrEqual(10_000);
  });
});
