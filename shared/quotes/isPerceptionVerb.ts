/**
 * "heard", "watched", "let", "made": verbs whose object the bare verb after it has for its
 * subject ("I heard Tom Reed say "…"", "Ann Lowe let Tom Reed tell the crowd "…""), so the
 * name between them speaks (round thirty-three). Takes a word in `normalizeWord`'s form.
 */
export function isPerceptionVerb(word: string): boolean {
  return perceptionVerbs.has(word);
}

const perceptionVerbs = new Set(
  (
    'hear hears heard hearing see sees saw seen seeing watch watches watched watching ' +
    'let lets letting make makes made making have has had having help helps helped helping'
  ).split(' '),
);
