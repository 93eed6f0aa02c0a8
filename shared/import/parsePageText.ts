import type { TiptapNode } from '../editor/tiptapJson';
import {
  bylineNames,
  inlineRelatedHeadline,
  isDateLine,
  isParagraphLine,
  isPhotoCredit,
  isRelatedHeader,
  isRubricLine,
} from './pageTextLines';

/** An article as recognised in text copied from a news page. */
export interface ParsedPageText {
  headline: string;
  rubric: string;
  lede: string;
  paragraphs: string[];
  relatedHeadlines: string[];
  bylines: string[];
}

interface HeaderZone {
  headline: string;
  rubric: string;
  bylines: string[];
  related: string[];
  /** Lines after the headline that are not labels: the start of the article text. */
  text: string[];
}

/**
 * Recognises headline, rubric, lede, body and related headlines in plain text copied
 * from a news page. Everything before the first line of running text is the page header:
 * rubric, date and byline lines are picked out of it, and when a related block
 * ("Другие новости", "Read more"…) stands there, the headline is its last line — the one
 * next to the article. A related block after or inside the article takes the headline-
 * like lines that follow its header. Without a related block the first line is the
 * headline and the next one the lede. No line of text is dropped except dates and photo
 * credits: what is not headline, lede or label ends up in the body or the related list.
 */
export function parsePageText(text: string): ParsedPageText {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0);
  const relatedHeadlines: string[] = [];
  const firstText = lines.findIndex((line) => isParagraphLine(line) && !isRelatedHeader(line));
  const bodyStart = firstText < 0 ? lines.length : firstText;
  const zone = readHeaderZone(lines.slice(0, bodyStart));
  relatedHeadlines.push(...zone.related);

  const bodyLines = [...zone.text, ...lines.slice(bodyStart)];
  const paragraphs: string[] = [];
  const bylines = [...zone.bylines];
  for (let index = 0; index < bodyLines.length; index += 1) {
    const line = bodyLines[index] ?? '';
    const inline = inlineRelatedHeadline(line);
    if (inline) {
      relatedHeadlines.push(inline);
    } else if (isRelatedHeader(line)) {
      // The block runs while lines read as headlines; running text after it is article again.
      while (index + 1 < bodyLines.length && !isParagraphLine(bodyLines[index + 1] ?? '')) {
        index += 1;
        const next = bodyLines[index] ?? '';
        if (!isRelatedHeader(next)) relatedHeadlines.push(inlineRelatedHeadline(next) ?? next);
      }
    } else if (paragraphs.length > 0 && bylineNames(line)) {
      bylines.push(...(bylineNames(line) ?? []));
    } else {
      paragraphs.push(line);
    }
  }
  const [lede = '', ...rest] = paragraphs;
  return {
    headline: zone.headline,
    rubric: zone.rubric,
    lede,
    paragraphs: rest,
    relatedHeadlines: relatedHeadlines.filter((line) => line !== zone.headline),
    bylines,
  };
}

/** Sorts the lines above the article text into headline, labels and related headlines. */
function readHeaderZone(lines: readonly string[]): HeaderZone {
  const zone: HeaderZone = { headline: '', rubric: '', bylines: [], related: [], text: [] };
  // Segments split at related-block headers; segment 0 is what stands before any header.
  const segments: string[][] = [[]];
  for (const line of lines) {
    const inline = inlineRelatedHeadline(line);
    if (inline) zone.related.push(inline);
    else if (isRelatedHeader(line)) segments.push([]);
    else if (isDateLine(line) || isPhotoCredit(line)) continue;
    else if (bylineNames(line)) zone.bylines.push(...(bylineNames(line) ?? []));
    else if (!zone.rubric && isRubricLine(line, true)) zone.rubric = line;
    else segments.at(-1)?.push(line);
  }
  const [before = [], ...blocks] = segments;
  if (blocks.length === 0) {
    // No related block: first line headline, the rest is article text (a deck, the lede).
    if (!zone.rubric && before.length > 2 && isRubricLine(before[0] ?? '', false)) {
      zone.rubric = before.shift() ?? '';
    }
    zone.headline = before.shift() ?? '';
    zone.text = before;
    return zone;
  }
  const last = blocks.at(-1) ?? [];
  const source = last.length > 0 ? last : before;
  takeUnknownRubric(zone, source);
  zone.headline = source.pop() ?? '';
  zone.related.push(...before, ...blocks.flat());
  return zone;
}

/**
 * Finds a rubric missing from the known list: a one- or two-word label right before or
 * after the headline (which is the last line), next to a headline of three words or more.
 */
function takeUnknownRubric(zone: HeaderZone, lines: string[]): void {
  if (zone.rubric || lines.length < 2) return;
  const last = lines.at(-1) ?? '';
  const previous = lines.at(-2) ?? '';
  const long = (line: string) => line.split(' ').length >= 3;
  if (isRubricLine(last, false) && long(previous)) zone.rubric = lines.pop() ?? '';
  else if (isRubricLine(previous, false) && long(last)) zone.rubric = lines.splice(-2, 1)[0] ?? '';
}

/** A Tiptap document of plain paragraphs. */
export function paragraphsToDocument(paragraphs: readonly string[]): TiptapNode {
  if (paragraphs.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: paragraph }],
    })),
  };
}
