import type { SpeakerReference } from './parseSpeakerPhrase';
import { pronounInCue } from './pronounInCue';
import type { Token } from './tokenizeText';

/** What one writes or says; not «в его адрес», «в его защиту», said to or for him. */
const documentNoun =
  /^(?:сообщени|заявлени|письм|обращени|послани|телеграмм|выступлени|интервью|стать|колонк|блог|пост|твит|книг|коммента)/;

/**
 * «— отмечается в его телеграмме», «— говорится в её заявлении»: a Russian «его»/«её» right
 * before the document a passive cue is framed by owns it; its antecedent wrote the words, read
 * back as «по его словам» is (round twenty-six). Undefined for any other word: «их» may be
 * people the article never names.
 */
export function documentOwner(
  pronoun: Token | undefined,
  document: Token | undefined,
): SpeakerReference | undefined {
  if (pronoun === undefined || document === undefined || !documentNoun.test(document.norm))
    return undefined;
  if (pronoun.norm !== 'его' && pronoun.norm !== 'ее') return undefined;
  return pronounInCue([pronoun]);
}
