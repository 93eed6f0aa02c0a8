import type { TextIndex } from './buildTextIndex';
import type { PersonRegistry } from './createPersonRegistry';
import { speakerConfidenceThreshold, type DetectedQuote } from './detectedQuote';
import type { QuoteCandidate } from './findQuoteCandidates';
import { rateAttribution } from './rateAttribution';
import { readInterviews } from './readInterviews';
import { findSpeechVerb } from './speechVerbs';
import { resolveMention, resolveSpeaker, type ResolvedSpeaker } from './resolveSpeaker';

interface PreviousQuote {
  resolved: ResolvedSpeaker;
  lineStart: number;
  lineEnd: number;
}

/** Resolves speakers in text order; unattributed quotations continue the previous speaker. */
export function attributeCandidates(
  text: string,
  candidates: readonly QuoteCandidate[],
  people: PersonRegistry,
  index: TextIndex,
  language: 'ru' | 'en',
): DetectedQuote[] {
  const quotes: DetectedQuote[] = [];
  const interviews = readInterviews(text, candidates, people, index);
  let previous: PreviousQuote | undefined;
  for (const candidate of candidates) {
    const first = candidate.parts[0];
    if (first === undefined || interviews.questions.has(candidate)) continue;
    const { attribution } = candidate;
    const interviewee = interviews.answers.get(candidate);
    let resolved =
      interviewee === undefined
        ? resolveSpeaker(
            attribution?.reference,
            people,
            attribution?.cueOffset ?? first.start,
            attribution?.verbGender ?? '',
          )
        : resolveMention(interviewee, people, first.start, 'interviewee');
    const lineStart = index.lineStart(first.start);
    if (resolved.speaker === '' && previous !== undefined && previous.resolved.speaker !== '') {
      const reference = attribution?.reference;
      // "говорится в тексте письма": a passive cue names its own source, never the last one.
      const isPassive = findSpeechVerb(attribution?.cue ?? '')?.isPassive === true;
      const isContinuation =
        (reference === undefined &&
          !isPassive &&
          continues(text, previous, lineStart) &&
          !contradicts(attribution?.verbGender ?? '', previous.resolved.gender)) ||
        ((reference?.pronoun === 'plural' || reference?.pronoun === 'neuter') &&
          previous.resolved.isOrganisation);
      if (isContinuation)
        resolved = { ...previous.resolved, inferred: true, basis: 'continuation' };
    }
    const confidence = rateAttribution(
      resolved,
      attribution,
      previous !== undefined && previous.lineStart === lineStart,
      /^[\s\u2014\u2013«“„"-]*$/u.test(text.slice(index.sentenceStart(first.start), first.start)),
    );
    const isSure = confidence >= speakerConfidenceThreshold;
    for (const part of candidate.parts) {
      quotes.push({
        text: text.slice(part.start, part.end),
        speaker: isSure ? resolved.speaker : '',
        role: isSure ? resolved.role : '',
        cue: attribution?.cue ?? '',
        start: part.start,
        end: part.end,
        inferred: resolved.inferred,
        kind: candidate.kind,
        language,
        speakerKind: isSure && resolved.isOrganisation ? 'organisation' : 'person',
        confidence,
      });
    }
    previous = { resolved, lineStart, lineEnd: index.lineEnd(first.start) };
  }
  return quotes;
}

/** A verb's agreement ("он отметил") rules out a previous speaker of the other gender. */
function contradicts(verbGender: string, gender: string): boolean {
  return (verbGender === 'm' || verbGender === 'f') && gender !== '' && verbGender !== gender;
}

/** The quotation is in the same paragraph as the previous one, or the next paragraph. */
function continues(text: string, previous: PreviousQuote, lineStart: number): boolean {
  if (lineStart === previous.lineStart) return true;
  if (lineStart <= previous.lineEnd) return false;
  for (let offset = previous.lineEnd; offset < lineStart; offset += 1) {
    if (!/\s/.test(text.charAt(offset))) return false;
  }
  return true;
}
