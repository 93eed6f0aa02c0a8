import type { i18n as I18n, TFunction } from 'i18next';

/**
 * Makes the `t` that `useTranslation` hands out answer a key asked for alone (`t('library.sort')`)
 * by reading its string, when that string has nothing for i18next to do (no `{{value}}`, no
 * `$t(nesting)`, not empty): i18next's own path copies its whole options object and tests the key
 * against a pattern on every call, 0.1-0.2 ms a call while the page's code is cold, and the
 * first screen makes some 60 such calls. Keys with options (counts, plural forms, values), keys
 * it does not find, and every other string go to i18next as before.
 */
export function answerPlainKeys(instance: I18n): void {
  const getFixedT = instance.getFixedT.bind(instance);
  const fixedT = (...args: Parameters<typeof getFixedT>): TFunction => {
    const [lng, ns, keyPrefix] = args;
    const full = getFixedT(...args);
    if (typeof lng !== 'string' || typeof ns !== 'string' || keyPrefix !== undefined) return full;
    const plain = (key: unknown, ...rest: unknown[]): unknown => {
      if (rest.length === 0 && typeof key === 'string') {
        const value: unknown = instance.getResource(lng, ns, key);
        if (typeof value === 'string' && value !== '' && !/\{\{|\$t\(/.test(value)) return value;
      }
      return (full as unknown as (...all: unknown[]) => unknown)(key, ...rest);
    };
    // Its `lng`, `ns` and `keyPrefix`, which react-i18next's components read.
    return Object.assign(plain, full);
  };
  instance.getFixedT = fixedT as typeof instance.getFixedT;
}
