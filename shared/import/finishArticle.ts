import { articleFieldLimits } from '../article/articleSchema';
import type { ArticleLanguage } from '../article/articleSchema';
import { extractPlainText } from '../editor/extractPlainText';
import { detectLanguage } from '../text/detectLanguage';
import type { ImportedArticle } from './importedArticle';

/** The fields a converter found, before the shared clean-up. */
export type FoundArticle = Omit<ImportedArticle, 'language'> & {
  /** What the file declared (`lang`, front matter); used only when the text has no letters. */
  declaredLanguage?: string;
};

/**
 * Finishes an import the same way for every format: language from the text, fields
 * trimmed to what the library accepts, lists de-duplicated. Nothing is cut from the
 * article's words: a lede too long for its field goes back to the top of the body.
 */
export function finishArticle(found: FoundArticle): ImportedArticle {
  const limits = articleFieldLimits;
  let body = found.body;
  let lede = oneLine(found.lede);
  if (lede.length > limits.lede) {
    body = {
      ...body,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: lede }] },
        // The placeholder paragraph of an otherwise empty body is not needed any more.
        ...(body.content ?? []).filter((node) => node.type !== 'paragraph' || node.content),
      ],
    };
    lede = '';
  }
  const headline = truncate(oneLine(found.headline), limits.headline);
  const rubric = oneLine(found.rubric);
  const declared = found.declaredLanguage?.toLowerCase() ?? '';
  const fallback: ArticleLanguage = declared.startsWith('ru') ? 'ru' : 'en';
  const language = detectLanguage(`${headline}\n${lede}\n${extractPlainText(body)}`, fallback);
  return {
    headline,
    lede,
    rubric: rubric.length <= limits.rubric ? rubric : '',
    language,
    body,
    relatedHeadlines: cleanList(found.relatedHeadlines, limits.headline, limits.related),
    tags: cleanList(found.tags, limits.tag, limits.tags),
    bylines: cleanList(found.bylines, limits.byline, limits.bylines),
    images: found.images,
  };
}

/** Trimmed, non-empty, each once (ignoring case), within the library's limits. */
function cleanList(values: readonly string[], maxLength: number, maxEntries: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const clean = oneLine(value);
    const key = clean.toLowerCase();
    if (!clean || clean.length > maxLength || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
    if (out.length === maxEntries) break;
  }
  return out;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** A field value on one line: no control or format characters, single spaces. */
function oneLine(text: string): string {
  return text
    .replace(/(?!\u00AD|\u200C|\u200D|\u2060)[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
