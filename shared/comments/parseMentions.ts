/** What may follow `@` in a mention nobody on the desk is known by: one word. */
const freeMention = /^[\p{L}\p{N}][\p{L}\p{N}._-]*/u;

/**
 * The people a comment @mentions, each once, in order: a known person's full name (the longest
 * that follows the `@`, case-insensitive, so "@Анна Петрова" is one person), else the single word
 * after the `@`. An `@` inside a word (an e-mail address) mentions nobody.
 */
export function parseMentions(body: string, people: readonly string[]): string[] {
  const known = [...people].filter(Boolean).sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (let index = body.indexOf('@'); index !== -1; index = body.indexOf('@', index + 1)) {
    const before = index > 0 ? body[index - 1]! : ' ';
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    const rest = body.slice(index + 1);
    const person = known.find(
      (name) =>
        rest.slice(0, name.length).toLocaleLowerCase() === name.toLocaleLowerCase() &&
        !/[\p{L}\p{N}]/u.test(rest.charAt(name.length)),
    );
    const name = person ?? freeMention.exec(rest)?.[0];
    if (name && !found.some((other) => other.toLocaleLowerCase() === name.toLocaleLowerCase()))
      found.push(name);
  }
  return found;
}
