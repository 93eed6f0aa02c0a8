/**
 * "and that Israelis should "…"": an English word for the people of a nation in the plural
 * names a group, never one speaker (round twenty). The endings are those of demonyms
 * ("Palestinians", "Koreans", "Americans", "Iraqis", "Pakistanis"), each long enough that a
 * surname rarely ends so ("Evans", "Davis", "Lewis" do not match).
 */
export function isPluralDemonym(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ians|eans|icans|aelis|aqis|stanis|alis|aitis|udis|enis|eshis|aris)$/u.test(
    word,
  );
}
