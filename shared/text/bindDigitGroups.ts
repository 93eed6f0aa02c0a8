/**
 * A number written in groups of three («200 000», «1 250 000») with its ordinary spaces
 * made non-breaking, so a narrow column never breaks it into «200» and «000». Text that is
 * not a grouped number is left as it is.
 */
export function bindDigitGroups(text: string): string {
  return text.replace(/(?<!\d)\d{1,3}(?: \d{3})+(?!\d)/gu, (number) =>
    number.replace(/ /gu, '\u00a0'),
  );
}
