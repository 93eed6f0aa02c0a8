/** Headers of the "more news" blocks news sites put before, after or inside an article. */
const relatedBlockHeaders = new Set([
  'другие новости',
  'читайте также',
  'читайте еще',
  'читайте ещё',
  'смотрите также',
  'см. также',
  'по теме',
  'новости по теме',
  'материалы по теме',
  'похожие новости',
  'последние новости',
  'самое читаемое',
  'популярное',
  'related',
  'related news',
  'related articles',
  'related stories',
  'read more',
  'read also',
  'see also',
  'more news',
  'more stories',
  'latest news',
  'most read',
  'you may also like',
]);

/** Rubrics a Russian or English news page commonly shows beside the headline. */
const knownRubrics = new Set([
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
  'здоровье',
  'наука',
  'технологии',
  'наука и технологии',
  'в мире',
  'мир',
  'россия',
  'москва',
  'бизнес',
  'финансы',
  'недвижимость',
  'строительство',
  'экология',
  'туризм',
  'афиша',
  'мнения',
  'новости',
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
  'tech',
  'health',
  'education',
  'city',
  'local',
  'opinion',
  'environment',
  'travel',
  'arts',
  'news',
]);

const closingMarks = `["»”'’)\\]]*`;
const endsWithPeriod = new RegExp(`[.…]${closingMarks}$`, 'u');
const endsWithExclamation = new RegExp(`[!?]${closingMarks}$`, 'u');

function normalizeHeader(line: string): string {
  return line
    .toLowerCase()
    .replace(/[:.\s—–-]+$/u, '')
    .trim();
}

/** "Другие новости", "Читайте также:", "Related" … standing alone on a line. */
export function isRelatedHeader(line: string): boolean {
  return relatedBlockHeaders.has(normalizeHeader(line));
}

/** The headline in a one-line "Читайте также: …" reference, or null. */
export function inlineRelatedHeadline(line: string): string | null {
  const match = /^(.{2,25}?)\s*[:—–]\s+(\S.*)$/u.exec(line);
  if (!match?.[1] || !match[2] || !isRelatedHeader(match[1])) return null;
  return match[2];
}

/** A rubric line: a known section name, or a one- or two-word capitalised label. */
export function isRubricLine(line: string, strict: boolean): boolean {
  const normalized = normalizeHeader(line);
  if (knownRubrics.has(normalized)) return true;
  if (strict) return false;
  const words = line.split(' ');
  return words.length <= 2 && line.length <= 30 && /^\p{Lu}[\p{L}\s&-]*$/u.test(line);
}

const months =
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const datePatterns = [
  /^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/u,
  /^\d{4}-\d{2}-\d{2}\b/u,
  /^\d{1,2}:\d{2}\b/u,
  new RegExp(`^\\d{1,2}\\s+(${months})(?!\\p{L})`, 'iu'),
  new RegExp(`^(${months})\\.?\\s+\\d{1,2}\\b`, 'iu'),
  // Not \b: in JavaScript it only knows ASCII letters, and these words are Cyrillic too.
  /^(сегодня|вчера|today|yesterday)(?!\p{L})/iu,
  /^(обновлено|опубликовано|updated|published)(?!\p{L})/iu,
];

/** A date or time line ("12 марта 2025, 14:00", "March 3, 2025", "Updated 10:45"). */
export function isDateLine(line: string): boolean {
  return line.length <= 60 && datePatterns.some((pattern) => pattern.test(line));
}

/** The names in a byline line ("Автор: Иван Петров", "By Jane Doe and John Roe"), or null. */
export function bylineNames(line: string): string[] | null {
  if (line.length > 100 || endsWithPeriod.test(line)) return null;
  const match = /^(?:автор(?:ы)?|текст|author(?:s)?|written by|by)\s*:?\s+(\p{Lu}.*)$/iu.exec(line);
  if (!match?.[1] || match[1].split(' ').length > 10) return null;
  return match[1]
    .split(/\s*,\s*|\s+(?:and|и)\s+/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** A photo credit under a picture that the copied text no longer has. */
export function isPhotoCredit(line: string): boolean {
  return line.length <= 100 && /^(фото|photo|иллюстрация|источник|image|©)\s*[:©]?\s/iu.test(line);
}

/**
 * A line that reads as running text rather than a headline: long, or a finished sentence
 * of some length. Headlines do not end with a period; those that end with "?" or "!"
 * are short single sentences.
 */
export function isParagraphLine(line: string): boolean {
  if (line.length > 200) return true;
  if (endsWithPeriod.test(line)) return line.split(' ').length >= 4;
  if (endsWithExclamation.test(line)) {
    return line.length > 120 || /[.!?…]\s+\p{Lu}/u.test(line);
  }
  return false;
}
