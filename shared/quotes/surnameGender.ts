/** Case forms only a man's surname in -ов/-ин or -ский takes: «Петров», «Петровым», «Вишневского». */
const masculineForm =
  /^[а-яё-]+(?:(?:ов|ев|ёв|ин|ын)(?:ым|е)?|ск(?:ий|ого|ому|им)|цк(?:ий|ого|ому|им))$/;
/** Case forms only a woman's takes: «Петровой», «Вишневская», «Вишневскую». */
const feminineForm = /^[а-яё-]+(?:(?:ов|ев|ёв|ин|ын)(?:ой|ою)|ск(?:ая|ую)|цк(?:ая|ую))$/;

/**
 * The gender a Russian surname's written form shows, '' when it shows none: «Петров» and
 * «Петровым» are a man's, «Петровой» a woman's, «Петрова» and «Петрову» either (a man's
 * genitive or dative, a woman's nominative or accusative). Lower case, as `nameWords` gives.
 * «Луговой», «Донской» are men's nominatives shaped as the feminine oblique: a man and a woman
 * are told apart only between two forms of one stem, so such a name never meets its own form.
 */
export function surnameGender(word: string): 'm' | 'f' | '' {
  if (masculineForm.test(word)) return 'm';
  return feminineForm.test(word) ? 'f' : '';
}
