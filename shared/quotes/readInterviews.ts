import type { TextIndex } from './buildTextIndex';
import type { PersonMention } from './personMention';
import { countMentionsBefore } from './countMentionsBefore';
import type { PersonRegistry } from './createPersonRegistry';
import type { QuoteCandidate } from './findQuoteCandidates';

/** What a run of dash lines reads as when it is an interview. */
export interface InterviewReading {
  /** The interviewer's questions: not quotations to check. */
  questions: Set<QuoteCandidate>;
  /** Unattributed answers, each with the interviewee the introduction names. */
  answers: Map<QuoteCandidate, PersonMention>;
}

/** How far before the first dash line the introduction may name the interviewee. */
const introductionWindow = 600;
const firstPersonPlural = /(?:^|[\s,—–-])(?:мы|we)(?=[\s.,!?]|$)/iu;

/**
 * Reads runs of dash lines as interviews: a run with unattributed questions ("— Почему
 * тарифы выросли?") and unattributed answers is an interview, its questions (and lines the
 * text gives to "мы"/"we": "— спросили мы") are the interviewer's, and its answers belong to
 * the person the paragraph before the run names ("Мы поговорили с руководителем ЦОДД Вадимом
 * Ковалёвым"). Runs without questions are dialogue and keep their own attributions.
 */
export function readInterviews(
  text: string,
  candidates: readonly QuoteCandidate[],
  people: PersonRegistry,
  index: TextIndex,
): InterviewReading {
  const reading: InterviewReading = { questions: new Set(), answers: new Map() };
  let run: QuoteCandidate[] = [];
  let runEnd = -1;
  const close = (): void => {
    readRun(text, run, people, index, reading);
    run = [];
  };
  for (const candidate of candidates) {
    const start = candidate.parts[0]?.start;
    if (candidate.kind !== 'dialogue' || start === undefined) {
      close();
      continue;
    }
    const lineStart = index.lineStart(start);
    if (run.length > 0 && text.slice(runEnd, lineStart).trim() !== '') close();
    run.push(candidate);
    runEnd = index.lineEnd(start);
  }
  close();
  return reading;
}

function readRun(
  text: string,
  run: readonly QuoteCandidate[],
  people: PersonRegistry,
  index: TextIndex,
  reading: InterviewReading,
): void {
  const questions = run.filter((candidate) => isQuestion(text, candidate, index));
  const answers = run.filter(
    (candidate) => candidate.attribution === undefined && !questions.includes(candidate),
  );
  if (questions.length === 0 || answers.length === 0) return;
  for (const question of questions) reading.questions.add(question);
  const firstStart = run[0]?.parts[0]?.start ?? 0;
  const interviewee = introducedPerson(people, index.lineStart(firstStart));
  if (interviewee === undefined) return;
  for (const answer of answers) reading.answers.set(answer, interviewee);
}

/** An unattributed line ending in "?", or one the text gives to "мы"/"we". */
function isQuestion(text: string, candidate: QuoteCandidate, index: TextIndex): boolean {
  const last = candidate.parts[candidate.parts.length - 1];
  if (last === undefined) return false;
  const words = text.slice(candidate.parts[0]?.start ?? last.start, last.end).trim();
  if (candidate.attribution === undefined) return words.endsWith('?');
  const after = text.slice(last.end, index.lineEnd(last.start));
  return words.endsWith('?') && candidate.attribution.reference === undefined
    ? firstPersonPlural.test(after)
    : false;
}

/** The last person named in the lines just before the interview. */
function introducedPerson(people: PersonRegistry, before: number): PersonMention | undefined {
  const mention = people.mentions[countMentionsBefore(people.mentions, before) - 1];
  if (mention === undefined) return undefined;
  return before - mention.offset <= introductionWindow ? mention : undefined;
}
