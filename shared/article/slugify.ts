/**
 * Russian → Latin transliteration for slugs: the passport scheme of ICAO Doc 9303
 * (used in Russian passports since 2013), e.g. «щ» → "shch", «ю» → "iu", «ь» dropped.
 */
const cyrillicToLatin: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ў: 'u',
};

/** Longest slug we generate; long headlines are cut at a word boundary. */
export const maxSlugLength = 80;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A readable `[a-z0-9-]` slug for a headline in Russian or English. */
export function slugify(text: string): string {
  // A slug already in shape comes out as it went in (every step below keeps it), and most
  // slugs an export asks about are: the transliteration is skipped for them.
  if (text.length <= maxSlugLength && slugPattern.test(text)) return text;
  const latin = Array.from(
    text.normalize('NFKC').toLowerCase(),
    (char) => cyrillicToLatin[char] ?? char,
  )
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = latin.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxSlugLength) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, maxSlugLength);
  return slug;
}

/** Why `slug` cannot be used as typed, or null when it is valid. */
export function findSlugProblem(slug: string): string | null {
  if (slug.length === 0) return 'a slug cannot be empty';
  if (slug.length > maxSlugLength) return `a slug is at most ${maxSlugLength} characters`;
  if (!slugPattern.test(slug)) {
    return 'a slug uses only lower-case Latin letters, digits and single hyphens between them';
  }
  return null;
}
