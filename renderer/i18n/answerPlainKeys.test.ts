import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { answerPlainKeys } from './answerPlainKeys';
import { en } from './en';
import { ru } from './ru';

async function instance(): Promise<I18n> {
  const created = i18next.createInstance();
  await created.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: 'ru',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return created;
}

/** Every key the interface has, as `t` is called with it (plural forms by their base key). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${name}.`)
      : [`${prefix}${name}`, `${prefix}${name.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('answerPlainKeys', () => {
  it('answers every key of both languages as i18next does: alone, with a count, with values', async () => {
    const before = await instance();
    const after = await instance();
    answerPlainKeys(after);
    const allKeys = [...new Set([...keys(en), ...keys(ru), 'no.such.key', 'status'])];
    let plainAnswers = 0;
    for (const lng of ['en', 'ru']) {
      const expected = before.getFixedT(lng, 'translation');
      const actual = after.getFixedT(lng, 'translation');
      for (const key of allKeys) {
        expect(actual(key), `${lng} ${key}`).toBe(expected(key));
        if (after.getResource(lng, 'translation', key) === actual(key)) plainAnswers += 1;
        for (const count of [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111, 1.5, 100_000, -1]) {
          expect(actual(key, { count }), `${lng} ${key} ${count}`).toBe(expected(key, { count }));
          const options = { count, message: 'm', file: 'f', headline: 'h', name: 'N' };
          expect(actual(key, options), `${lng} ${key} ${count} +`).toBe(expected(key, options));
        }
      }
    }
    expect(plainAnswers).toBeGreaterThan(500);
  });

  it('keeps the Russian plural forms', async () => {
    const translations = await instance();
    answerPlainKeys(translations);
    const t = translations.getFixedT('ru', 'translation');
    expect([1, 2, 5, 21, 100_000].map((count) => t('library.count', { count }))).toEqual([
      '1 статья',
      '2 статьи',
      '5 статей',
      '21 статья',
      '100000 статей',
    ]);
  });
});
