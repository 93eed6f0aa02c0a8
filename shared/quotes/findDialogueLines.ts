import { splitInterruptedQuote, type InterruptedQuote } from './splitInterruptedQuote';

/** Direct speech on a line opened by a dash, as in interviews and dialogue. */
export interface DialogueLine extends InterruptedQuote {
  lineStart: number;
  lineEnd: number;
}

const dashOpening = /^[ \t]*(?:[—–]|-(?=\s))[ \t]*/u;
const minWords = 3;

/**
 * Finds lines written as direct speech after a dash: "— Работы закончим к весне, — ответил он."
 * A line counts when an attribution follows the speech, or when it sits among other dash
 * lines (an interview's questions and answers) and reads as a sentence. A lone dash line
 * without attribution is more likely a list item, so it is left out.
 */
export function findDialogueLines(text: string, language: 'ru' | 'en'): DialogueLine[] {
  const lines = splitLines(text);
  const found: DialogueLine[] = [];
  lines.forEach((line, position) => {
    const opening = dashOpening.exec(line.text);
    if (opening === null) return;
    const contentStart = line.start + opening[0].length;
    const split = splitInterruptedQuote(text, contentStart, line.end, language, true);
    if (split.attribution === undefined) {
      const content = text.slice(contentStart, line.end).trim();
      const isSentence = /[.!?…]$/.test(content) && content.split(/\s+/).length >= minWords;
      const neighbours = [neighbour(lines, position, -1), neighbour(lines, position, 1)];
      if (!isSentence || !neighbours.some((other) => dashOpening.test(other ?? ''))) return;
    }
    found.push({ ...split, lineStart: line.start, lineEnd: line.end });
  });
  return found;
}

function splitLines(text: string): { text: string; start: number; end: number }[] {
  const lines: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

/** The nearest non-empty line before (-1) or after (1) `position`. */
function neighbour(
  lines: readonly { text: string }[],
  position: number,
  step: -1 | 1,
): string | undefined {
  for (let index = position + step; index >= 0 && index < lines.length; index += step) {
    const line = lines[index];
    if (line !== undefined && line.text.trim() !== '') return line.text;
  }
  return undefined;
}
