// Module-level: esbuild (tsx, the builds) compiles a `\p{…}` literal into `new RegExp` at each
// evaluation, so one inside a function is built again on every call.
/** Capitalised words in Latin letters closing the text, wiki italics ('') allowed around them. */
const latinNameBefore =
  /(?:^|[^\p{L}'])'*((?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}.-]*(?: (?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}.-]*)*)'*\s*$/u;

/**
 * «Рэпер Snoop Dogg (Снуп Догг)»: a Cyrillic name set in parentheses right after a name in
 * Latin letters of as many words is how that name is read aloud; the article names the person
 * by the Latin one, so the speaker is written so (round thirty-two). Undefined when the
 * article gives the Cyrillic name no such original.
 */
export function latinOriginalName(text: string, name: string): string | undefined {
  const at = text.indexOf(`(${name})`);
  if (at < 0) return undefined;
  const original = latinNameBefore.exec(text.slice(Math.max(0, at - 80), at))?.[1];
  if (original === undefined) return undefined;
  const words = original.split(' ');
  const count = name.split(' ').length;
  return words.length >= count ? words.slice(words.length - count).join(' ') : undefined;
}
