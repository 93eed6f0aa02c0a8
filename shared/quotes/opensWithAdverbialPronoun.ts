import { functionWords } from './functionWords';
import { normalizeWord } from './normalizeWord';
import { findSpeechVerb } from './speechVerbs';

/**
 * A short phrase opening with a preposition, then "he"/"she" and a verb: the pronoun is the
 * sentence's subject behind an adverbial ("In a statement he said", "At the hearing, she
 * told").
 */
const pronounAfterPhrase = /^([\p{L}'’-]+(?:\s+[^\s.!?,"“”]+){1,5}?),?\s+(?:he|she)\s+\p{Ll}/u;

/**
 * "Abdel Mahmud was unhappy. In a statement he said he will appeal. He alleges "…"": a sentence
 * opening with an adverbial before a subject pronoun goes on about the person as much as one
 * opening with the pronoun (round thirty-two). A verb in the phrase ("In May the judge said he
 * …", "In court the judge ruled he …") makes the pronoun the reported clause's, not the
 * sentence's subject. `sentence` starts at the sentence's first word.
 */
export function opensWithAdverbialPronoun(sentence: string): boolean {
  const phrase = pronounAfterPhrase.exec(sentence)?.[1];
  if (phrase === undefined) return false;
  const words = phrase.split(/\s+/);
  return (
    functionWords.prepositions.has(normalizeWord(words[0] ?? '')) &&
    words.every((word) => !/ed$/i.test(word) && findSpeechVerb(word) === undefined)
  );
}
