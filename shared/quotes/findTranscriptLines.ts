import type { DialogueLine } from './findDialogueLines';
import { parseSpeakerPhrase } from './parseSpeakerPhrase';
import { tokenizeText } from './tokenizeText';

/** "Мустафа Джемилев: Да, всё верно." — a label of a few capitalised words, then the words. */
const labelledLine =
  /^[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}):[ \t]+(\S.*?)\s*$/u;
/** An answer that opens with a quotation mark is a quoted span; the span rules read it. */
const opensWithMark = /^[«"“„]/u;
/** Labels that are the interviewer whatever their lines end with. */
const interviewerLabels = new Set([
  'вопрос',
  'корреспондент',
  'журналист',
  'интервьюер',
  'q',
  'question',
  'interviewer',
  'reporter',
]);
const minLines = 3;

interface LabelledLine {
  label: string;
  labelStart: number;
  labelEnd: number;
  contentStart: number;
  contentEnd: number;
  lineStart: number;
  lineEnd: number;
}

/**
 * Reads an interview printed as a transcript: paragraphs opened by "Name:" labels, two or more
 * labels taking turns and one of them used again. The interviewer is the label whose lines are
 * mostly questions (or is called "Вопрос", "Корреспондент", "Q"); their lines are not
 * quotations. Every other label's lines are answers attributed to the label, as a colon
 * introduction with the speaker before it.
 */
export function findTranscriptLines(text: string, language: 'ru' | 'en'): DialogueLine[] {
  const lines = readLabelledLines(text);
  if (lines.length < minLines) return [];
  const byLabel = new Map<string, LabelledLine[]>();
  for (const line of lines) byLabel.set(line.label, [...(byLabel.get(line.label) ?? []), line]);
  const isRepeated = [...byLabel.values()].some((group) => group.length >= 2);
  if (byLabel.size < 2 || !isRepeated) return [];
  const interviewers = new Set(
    [...byLabel].filter(([label, group]) => isInterviewer(text, label, group)).map(([l]) => l),
  );
  // "В.Путин: … / С.Донской: …": a meeting's record labels every speaker by initials and
  // surname, and all of them speak; nobody there is an interviewer (round fifteen).
  const isRecord =
    interviewers.size === 0 && [...byLabel.keys()].every((label) => initialled.test(label));
  if ((interviewers.size === 0 && !isRecord) || interviewers.size === byLabel.size) return [];
  const found: DialogueLine[] = [];
  for (const [at, line] of lines.entries()) {
    if (interviewers.has(line.label)) continue;
    const reference = parseSpeakerPhrase(
      tokenizeText(text, line.labelStart, line.labelEnd),
      language,
    );
    if (reference === undefined || reference.name === '') continue;
    const turn = (start: number, end: number, cueOffset: number): DialogueLine => ({
      parts: [{ start, end }],
      attribution: {
        cue: ':',
        cueOffset,
        strength: 'strong',
        reference,
        hasColon: true,
        verbGender: '',
      },
      lineStart: start,
      lineEnd: end,
    });
    found.push({
      ...turn(line.contentStart, line.contentEnd, line.labelEnd),
      lineStart: line.lineStart,
      lineEnd: line.lineEnd,
    });
    // A record's turn runs on over the paragraphs up to the next label.
    const next = lines[at + 1];
    if (!isRecord || next === undefined) continue;
    for (const paragraph of paragraphsBetween(text, line.lineEnd, next.lineStart))
      found.push(turn(paragraph.start, paragraph.end, line.labelEnd));
  }
  return found;
}

/** "В.Путин", "С. Донской": an initial, a point, a capitalised surname. */
const initialled = /^\p{L}\.\s?\p{L}[\p{L}-]+$/u;

/** The non-empty lines between two offsets, trimmed. */
function paragraphsBetween(
  text: string,
  from: number,
  to: number,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = from;
  for (const line of text.slice(from, to).split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') {
      const at = start + line.indexOf(trimmed);
      found.push({ start: at, end: at + trimmed.length });
    }
    start += line.length + 1;
  }
  return found;
}

function readLabelledLines(text: string): LabelledLine[] {
  const found: LabelledLine[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    // Cheap test first: this runs over every line of every article.
    const colon = line.indexOf(':');
    const match = colon > 0 && colon < 80 ? labelledLine.exec(line) : null;
    const label = match?.[1];
    const content = match?.[2];
    if (match !== null && label !== undefined && content !== undefined) {
      if (!opensWithMark.test(content)) {
        const labelStart = lineStart + line.indexOf(label);
        const contentStart = lineStart + line.indexOf(content, colon);
        found.push({
          label: label.toLowerCase(),
          labelStart,
          labelEnd: labelStart + label.length,
          contentStart,
          contentEnd: contentStart + content.length,
          lineStart,
          lineEnd,
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

function isInterviewer(text: string, label: string, group: readonly LabelledLine[]): boolean {
  if (interviewerLabels.has(label)) return true;
  const questions = group.filter((line) =>
    text.slice(line.contentStart, line.contentEnd).endsWith('?'),
  ).length;
  return questions * 2 > group.length;
}
