const scriptUnsafePattern = /[<>&\u2028\u2029]/g;

function escapeForScript(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * JSON for the body of a `<script type="application/ld+json">`. `<`, `>` and `&` are
 * written as `\u003c`… so no `</script>` or `<!--` can end or bend the element, and
 * U+2028/U+2029 are escaped because older JavaScript parsers treat them as line ends.
 * The result is still the same JSON to any JSON parser.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(scriptUnsafePattern, escapeForScript);
}
