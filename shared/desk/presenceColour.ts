/**
 * Caret and avatar colours: dark enough for white initials and a name label on them, apart
 * enough to tell two people in one paragraph.
 */
const palette = [
  '#c2410c',
  '#1d4ed8',
  '#047857',
  '#7c3aed',
  '#be123c',
  '#0e7490',
  '#a16207',
  '#4338ca',
  '#15803d',
  '#9d174d',
  '#0369a1',
  '#6d28d9',
] as const;

/** The person's colour, the same on every machine: picked by a hash of their desk id. */
export function presenceColour(personId: string): string {
  // FNV-1a: stable across runtimes, no crypto needed for a colour.
  let hash = 0x811c9dc5;
  for (let index = 0; index < personId.length; index += 1) {
    hash ^= personId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return palette[hash % palette.length] ?? palette[0];
}
