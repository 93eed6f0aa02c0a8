import type { TiptapNode } from '../editor/tiptapJson';

/** An article as recognised in text copied from a news page. */
export interface ParsedPageText {
  headline: string;
  rubric: string;
  lede: string;
  paragraphs: string[];
  relatedHeadlines: string[];
}

/** Headers of the "more news" blocks news sites put around an article. */
const relatedBlockHeaders = [
  'другие новости',
  'читайте также',
  'смотрите также',
  'по теме',
  'related',
  'related news',
  'related articles',
  'read more',
  'read also',
  'see also',
  'more news',
];

/** Rubrics a Russian or English city-news page commonly shows beside the headline. */
const knownRubrics = [
  'общество',
  'экономика',
  'культура',
  'политика',
  'происшествия',
  'спорт',
  'город',
  'транспорт',
  'образование',
  'здравоохранение',
  'наука',
  'технологии',
  'в мире',
  'россия',
  'society',
  'economy',
  'business',
  'culture',
  'politics',
  'sport',
  'sports',
  'world',
  'science',
  'technology',
  'health',
  'education',
  'city',
  'local',
  'opinion',
];

function normalizeHeader(line: string): string {
  return line
    .toLowerCase()
    .replace(/[:.\s]+$/u, '')
    .trim();
}

function isRelatedHeader(line: string): boolean {
  return relatedBlockHeaders.includes(normalizeHeader(line));
}

/** A rubric line is short and reads like a label, not a sentence. */
function isRubricLine(line: string): boolean {
  const normalized = normalizeHeader(line);
  if (knownRubrics.includes(normalized)) return true;
  return false;
}

function endsLikeSentence(line: string): boolean {
  return /[.!?…»”"]$/u.test(line);
}

/**
 * Recognises headline, rubric, lede, body and the related-headlines block in plain text
 * copied from a news page. The related block may come before or after the article; the
 * rubric line may stand before or after the headline.
 */
export function parsePageText(text: string): ParsedPageText {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0);

  const relatedHeadlines: string[] = [];
  let articleLines = lines;
  const headerIndex = lines.findIndex(isRelatedHeader);
  if (headerIndex >= 0) {
    const before = lines.slice(0, headerIndex);
    const after = lines.slice(headerIndex + 1);
    const rubricAfter = after.findIndex(isRubricLine);
    if (before.length === 0 && rubricAfter > 0) {
      // Block first: its headlines run up to the article headline, which stands next to the rubric.
      const headlineIndex = rubricAfter - 1;
      relatedHeadlines.push(...after.slice(0, headlineIndex));
      articleLines = after.slice(headlineIndex);
    } else if (before.length === 0) {
      // Block first with no rubric: the related headlines are the lines that do not end a sentence.
      let end = 0;
      while (end < after.length - 2 && !endsLikeSentence(after[end + 1] ?? '')) end += 1;
      relatedHeadlines.push(...after.slice(0, end));
      articleLines = after.slice(end);
    } else {
      relatedHeadlines.push(
        ...after.filter((line) => !endsLikeSentence(line) || line.length < 200),
      );
      articleLines = before;
    }
  }

  let rubric = '';
  const rubricIndex = articleLines.slice(0, 3).findIndex(isRubricLine);
  if (rubricIndex >= 0) {
    rubric = articleLines[rubricIndex] ?? '';
    articleLines = articleLines.filter((_, index) => index !== rubricIndex);
  }

  const [headline = '', lede = '', ...paragraphs] = articleLines;
  return { headline, rubric, lede, paragraphs, relatedHeadlines };
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
