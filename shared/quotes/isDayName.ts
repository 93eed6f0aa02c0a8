/**
 * English days and months, capitalised inside a sentence like a name ("a statement Wednesday
 * that urged …:"). "May" is left out: it is also a surname. Russian writes both in lower case.
 */
const dayNames = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'june july august september october november december'
  ).split(' '),
);

/** True when `word` is an English weekday or month (except "May"), never a speaker's name. */
export function isDayName(word: string): boolean {
  return dayNames.has(word.toLowerCase());
}
