import type { Token } from './tokenizeText';

const beForms = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/**
 * "John Smith was backed by Mary Jones, saying: "…"": an English participle cue set off by a
 * comma after a passive with its agent could belong to the subject or to the agent, and news
 * writing uses both, so neither is the speaker. "stood by his decision, saying" is no passive:
 * a form of "be" must stand within two words before "by". `head` is the clause before the cue.
 */
export function isPassiveBeforeParticiple(head: readonly Token[]): boolean {
  if (head.at(-1)?.text !== ',') return false;
  const by = head.findLastIndex((token) => token.norm === 'by');
  if (by < 1 || head.slice(by + 1, -1).some((token) => token.text === ',')) return false;
  return head.slice(Math.max(0, by - 3), by - 1).some((token) => beForms.has(token.norm));
}
