import { roleStem } from './roleWords';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const cyrillicWord = /^[\p{Script=Cyrillic}-]+$/u;
const capitalFirst = /^\p{Lu}/u;

/** Endings that complete a Russian role stem to its nominative singular. */
const nominativeEndings: readonly (readonly [RegExp, string])[] = [
  [/тел$/, 'ь'],
  [/^корол$/, 'ь'],
  [/^парламентар$/, 'ий'],
  [/(?:секретар|вратар)$/, 'ь'],
  [/^(?:глав|зампред)$/, 'а'],
  [/^судь$/, 'я'],
  [/(?:иц|ис|нк|тк)$/, 'а'],
  [/(?:ющ|ащ|ящ)$/, 'ий'],
  [/(?:енн|учен|пожарн)$/, 'ый'],
  [/^полицейск$/, 'ий'],
];

/**
 * A Russian role in the nominative when it opens with its head noun ("руководителем ЦОДД" →
 * "руководитель ЦОДД", "главы департамента" → "глава департамента"); the words after the
 * head are its genitive dependents and stay as written. A role that opens with an adjective
 * ("главного редактора"), or an English role, comes back unchanged.
 */
export function toNominativeRole(role: string): string {
  const space = role.indexOf(' ');
  const head = space < 0 ? role : role.slice(0, space);
  if (!cyrillicWord.test(head)) return role;
  const stem = roleStem(head);
  if (stem === undefined) return role;
  const ending = nominativeEndings.find(([pattern]) => pattern.test(stem))?.[1] ?? '';
  const nominative = stem + ending;
  // Keep the capital a role has at the start of a sentence ("Глава департамента").
  const written = capitalFirst.test(head)
    ? nominative.charAt(0).toUpperCase() + nominative.slice(1)
    : nominative;
  return space < 0 ? written : written + role.slice(space);
}
