import type { Attribution } from './attribution';
import type { ResolvedSpeaker } from './resolveSpeaker';

/**
 * How sure an attribution is, 0..1, from what the speaker was found from. A name or an
 * organisation written at a cue bound to the quotation is as sure as the text gets; a weak
 * cue (a speech verb further back in the sentence), a pronoun, a role or a continued speaker
 * each rest on a reading the text does not spell out, and a role nobody was named in that is
 * taken to mean the person just reported rests on the least.
 */
export function rateAttribution(
  resolved: ResolvedSpeaker,
  attribution: Attribution | undefined,
  continuesParagraph: boolean,
  opensSentence: boolean,
  isAboutSpeaker = false,
  carriesOn = false,
): number {
  const isStrong = attribution?.strength === 'strong';
  switch (resolved.basis) {
    case 'none':
      return 0;
    case 'name':
      return isStrong ? 0.95 : 0.8;
    case 'organisation':
      return isStrong ? 0.9 : 0.75;
    case 'role':
      return isStrong ? 0.85 : 0.7;
    case 'contested':
      return 0.45;
    case 'pronoun':
      return isStrong ? 0.8 : 0.65;
    case 'lone-word':
      return 0.45;
    case 'interviewee':
      return 0.75;
    case 'introduction':
      return 0.65;
    case 'sentence-subject':
      return 0.6;
    case 'recent-subject':
      return isStrong ? 0.6 : 0.45;
    case 'continuation':
      // A quotation standing as its own sentence goes on with the last speaker; a phrase
      // quoted inside another paragraph's sentence is about whoever that sentence is about,
      // and inside the same paragraph too unless that sentence names the speaker or has a
      // subject pronoun ("there was a crushing message from his lawyers, "…"" is not Zaynab's).
      if (continuesParagraph && (opensSentence || isAboutSpeaker || attribution !== undefined))
        return 0.8;
      // A phrase in another paragraph's sentence that has the speaker as its subject, by name
      // or pronoun, or a colon introducing only when or where, goes on with the speaker too
      // (round nineteen).
      return opensSentence || carriesOn ? 0.65 : 0.4;
  }
}
