/** Heads of the roles of those who ask and report: a journalist is not the official answering. */
const pressHead =
  /^(?:журналист|корреспондент|репортер|интервьюер|ведущ|обозревател|колумнист|блогер)/;

/**
 * «Журналист Пётр Орлов выступил. «…», — сказал министр.»: a role nobody was named in is not
 * the person just reported when one of the two is the press and the other is not: a reporter
 * is never later called by an official's post, nor the reverse (session 25: the journalist was
 * given the minister's answer at 0.8). Titles of the same kind («режиссёр», «постановщик») are
 * left to the usual rules. `held` is the role written at the person's mention, `wanted` the
 * role at the cue; lower-cased words, ё as е. Russian only.
 */
export function isPressCrossing(held: string, wanted: string): boolean {
  const heldHead =
    held
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[\s,]+/)[0] ?? '';
  const wantedHead =
    wanted
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[\s,]+/)[0] ?? '';
  if (heldHead === '' || wantedHead === '') return false;
  return pressHead.test(heldHead) !== pressHead.test(wantedHead);
}
