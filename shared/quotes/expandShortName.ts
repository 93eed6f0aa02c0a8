/** The shortest head of a compound short name ("Нац-", "Мин-"), in letters. */
const minHead = 3;
/** The rest must be long enough to be a word of its own ("фронта"). */
const minRest = 4;
// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
const compoundName = /^\p{Lu}[а-яё]{6,}$/u;

/**
 * "в заявлении Нацфронта" after "Национального фронта": a compound short name (the head of the
 * first word fused with the second word) names the organisation the article writes in full,
 * which is how a checker finds it. Returns the full form as written first, or the name itself.
 * One scan of the text per name, only for single capitalised Cyrillic words.
 */
export function expandShortName(text: string, name: string): string {
  if (!compoundName.test(name)) return name;
  for (let head = minHead; head <= name.length - minRest && head <= 5; head += 1) {
    const first = name.slice(0, head);
    const rest = name.slice(head);
    // The second word keeps the rest's letters but its own case ending.
    const stem = rest.slice(0, Math.max(minRest, rest.length - 2));
    const pattern = new RegExp(
      `(?<![\\p{L}])${first}[а-яё]{3,}\\s+${stem}[а-яё]{0,3}(?![\\p{L}])`,
      'u',
    );
    const found = pattern.exec(text);
    if (found !== null) return found[0].replace(/\s+/g, ' ');
  }
  return name;
}
