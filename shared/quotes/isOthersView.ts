/**
 * "for a launch that member states saw as a "…"", "a plan which critics called "…"": a
 * relative clause right before the quotation with its own subject, a noun, and a verb of
 * judging; the words are that subject's, not the sentence's. A pronoun there ("which he
 * called") may be the sentence's subject again, so it does not count.
 */
const othersView =
  /\b(?:that|which)\s+((?:[a-z]+\s+){1,3})(?:saw|sees?|viewed|views?|regarded|regards?|considered|considers?|called|calls?|described|describes?)\s+(?:(?:it|them)\s+)?(?:as\s+)?(?:(?:an?|the)\s+)?["“‘']?$/;
const subjectPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** True when `between` (the text from the cue to the quotation) ends in someone else's view. */
export function isOthersView(between: string): boolean {
  const match = othersView.exec(between);
  if (match === null) return false;
  const first = (match[1] ?? '').split(/\s+/)[0] ?? '';
  return !subjectPronouns.has(first);
}
