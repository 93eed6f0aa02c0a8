/**
 * Frames that give a source's account, not its words: «По данным следствия, Хендрикс …
 * сообщил, что «…»» reports what someone else said, so a speech verb in the sentence, before
 * the quotation or after it, names the speaker; with none, the source is it («По данным
 * полиции, … — «…»»). «По словам», «со слов» give the words themselves (round twenty-six).
 */
const accountFrames = new Set(['по данным', 'по информации']);

/** True when `cue` (a multi-word cue's normalised words) frames a source's account. */
export function isAccountFrame(cue: string): boolean {
  return accountFrames.has(cue);
}
