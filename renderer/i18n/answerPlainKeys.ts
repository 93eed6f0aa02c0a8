import type { i18n as I18n, TFunction } from 'i18next';

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Makes the `t` that `useTranslation` hands out answer the first screen's calls by reading their
 * strings: a key asked for alone (`t('library.sort')`) whose string has nothing for i18next to do
 * (no `{{value}}`, no `$t(nesting)`, not empty), and a key asked for with a count alone
 * (`t('library.count', { count })`), whose plural form is picked as i18next picks it (`_zero` for
 * 0 when there is one, else the form `Intl.PluralRules` names, else the bare key) and whose only
 * value is `{{count}}`. i18next's own path copies its whole options object and tests the key
 * against a pattern on every call, and its first call with a count builds its plural and
 * interpolation machinery: 10 ms of the first render for some 60 calls, while the page's code is
 * cold. Every other call, and any key or form not found in the language asked for, goes to
 * i18next as before.
 */
export function answerPlainKeys(instance: I18n): void {
  const getFixedT = instance.getFixedT.bind(instance);
  const fixedT = (...args: Parameters<typeof getFixedT>): TFunction => {
    const [lng, ns, keyPrefix] = args;
    const full = getFixedT(...args);
    if (typeof lng !== 'string' || typeof ns !== 'string' || keyPrefix !== undefined) return full;
    const read = (key: string): string | undefined => {
      const value: unknown = instance.getResource(lng, ns, key);
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const plain = (key: unknown, ...rest: unknown[]): unknown => {
      if (typeof key === 'string' && rest.length <= 1) {
        const answer = rest.length === 0 ? plainString(read(key)) : countedString(key, rest[0]);
        if (answer !== undefined) return answer;
      }
      return (full as unknown as (...all: unknown[]) => unknown)(key, ...rest);
    };
    const countedString = (key: string, options: unknown): string | undefined => {
      if (typeof options !== 'object' || options === null) return undefined;
      const names = Object.keys(options);
      const count = (options as { count?: unknown }).count;
      if (names.length !== 1 || typeof count !== 'number' || !Number.isFinite(count))
        return undefined;
      let rules = pluralRules.get(lng);
      if (!rules) {
        rules = new Intl.PluralRules(lng);
        pluralRules.set(lng, rules);
      }
      const form =
        (count === 0 ? read(`${key}_zero`) : undefined) ??
        read(`${key}_${rules.select(count)}`) ??
        read(key);
      return plainString(form?.replaceAll('{{count}}', String(count)));
    };
    // Its `lng`, `ns` and `keyPrefix`, which react-i18next's components read.
    return Object.assign(plain, full);
  };
  instance.getFixedT = fixedT as typeof instance.getFixedT;
}

/** A string i18next would hand back as it is, else undefined. */
function plainString(value: string | undefined): string | undefined {
  return value !== undefined && !/\{\{|\$t\(/.test(value) ? value : undefined;
}
