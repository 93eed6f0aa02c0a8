import type { Token } from './tokenizeText';

const beForms = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/**
 * "Mary Jones was told by John Smith: "…"": an English speech verb in the passive with its
 * agent after "by" names the speaker there; the subject is whom it was said to. Returns the
 * agent's words, up to a comma, or undefined when the cue at `cue` is no such passive.
 */
export function passiveAgentAfterCue(
  clause: readonly Token[],
  cue: number,
  cueLength: number,
): Token[] | undefined {
  if (!beForms.has(clause[cue - 1]?.norm ?? '')) return undefined;
  const by = cue + cueLength;
  if (clause[by]?.norm !== 'by') return undefined;
  const after = clause.slice(by + 1);
  const comma = after.findIndex((token) => token.text === ',');
  return comma < 0 ? after : after.slice(0, comma);
}
