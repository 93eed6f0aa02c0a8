import { completeFromText } from './completeFromText';

// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
/** A foreign name declined like a noun: «Снупа», «Снупу», «Снупом», «Снупе» of «Снуп». */
const obliqueOfConsonantStem = /^(\p{Lu}\p{Ll}+[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/u;

/**
 * «По словам Снупа» in an article that writes «Снуп Догг»: a single word at a cue, in an
 * oblique case of a name declined like a noun, is not the name as the article writes it; its
 * nominative, the first part of one fuller name the article writes, is (round thirty-two: the
 * genitive was shown as the name). '' when it writes several (the word is then ambiguous),
 * undefined when it writes none.
 */
export function completeObliqueFromText(text: string, word: string): string | undefined {
  const stem = obliqueOfConsonantStem.exec(word)?.[1];
  if (stem === undefined) return undefined;
  const completed = completeFromText(text, stem);
  return completed === stem ? undefined : completed;
}
