/**
 * Kin and the people close to or acting for someone, in English: "Putin's administration" or
 * "Russia's defence ministry" is the body itself, and "Dublin's mayor" its holder, but
 * "Kazemi's uncle" is not Kazemi (round thirty-three). Takes a word in `normalizeWord`'s form.
 */
export function isKinOrCounselNoun(word: string): boolean {
  return kinOrCounsel.test(word);
}

const kinOrCounsel =
  /^(?:(?:grand|step|great-?)?(?:father|mother|son|daughter|parents?)|brothers?|sisters?|uncle|aunt|nephew|niece|cousin|wife|husband|widow(?:er)?|partner|spouse|fianc[eé]e?|girlfriend|boyfriend|friends?|lawyers?|attorneys?|neighbou?rs?|relatives?|family|mum|mom|dad|colleagues?|teammates?|classmates?|manager|agent|son-in-law|daughter-in-law)$/;
