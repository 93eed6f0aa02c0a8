/**
 * "saw", "knew", "expected", "feared": English verbs of knowing, perceiving or expecting that
 * are no verbs of saying, yet open a clause ("Ann Lowe knew that Tom Reed would say "…"")
 * whose own subject says the words (session 25: Ann Lowe was given at 0.95). Takes a word in
 * `normalizeWord`'s form; finite forms only.
 */
export function isKnowingVerb(word: string): boolean {
  return knowingVerbs.has(word);
}

const knowingVerbs = new Set(
  (
    'saw sees knew knows noticed notices expected expects feared fears remembered remembers ' +
    'learned learnt learns realised realises realized realizes understood understands ' +
    'suspected suspects hoped hopes thought thinks worried worries doubted doubts assumed ' +
    'assumes guessed guesses imagined imagines discovered discovers'
  ).split(' '),
);
