import { BodyBuilder, type BuiltBody } from './bodyBuilder';
import { finishArticle } from './finishArticle';
import { HtmlWalker, type HtmlMetadata } from './htmlWalker';
import type { ImportedArticle } from './importedArticle';
import { inlineText, splitHeadline } from './splitHeadline';

/**
 * Cleans pasted HTML (a browser selection, Word, Google Docs) into a body that fits the
 * article schema, plus the images it embeds. Nothing is taken out as a headline: a
 * pasted level-1 heading becomes level 2.
 * Throws an ImportLimitError for input too deep or too long to be an article.
 */
export function htmlToDocument(html: string): BuiltBody {
  const built = walkHtml(html, null).built;
  const { body } = splitHeadline(built.body, { takeHeadline: false, takeLede: false });
  return { body, images: built.images };
}

/**
 * An article from an HTML file (a saved page, an export, mammoth's rendering of a DOCX).
 * The headline is the first heading when it is an `h1` (else og:title or `<title>`); the
 * lede is the meta description, or else the paragraph right after the `h1`; rubric, tags
 * and bylines come from `article:section`, `keywords`/`article:tag` and `author`.
 * A page with an `<article>` (or `<main>`) element is read from that element only.
 * Throws an ImportLimitError for input too deep or too long to be an article.
 */
export function importHtml(
  html: string,
  options: { guessHeadline?: boolean } = {},
): ImportedArticle {
  const scope = /<article[\s>]/i.test(html) ? 'article' : /<main[\s>]/i.test(html) ? 'main' : null;
  let walked = walkHtml(html, scope);
  if (scope && !hasWords(walked.built)) walked = walkHtml(html, null);
  const { built, metadata } = walked;
  const meta = (...keys: string[]): string =>
    keys.map((key) => metadata.meta.get(key)?.[0] ?? '').find((value) => value !== '') ?? '';
  const metaLede = meta('description', 'og:description', 'twitter:description');
  const split = splitHeadline(built.body, {
    takeLede: metaLede === '',
    ...(metaLede ? { knownLede: metaLede } : {}),
    guessHeadline: options.guessHeadline === true,
  });
  const all = (key: string): readonly string[] => metadata.meta.get(key) ?? [];
  const finished = finishArticle({
    headline: split.headline || meta('og:title', 'twitter:title') || metadata.title,
    lede: metaLede || split.lede,
    rubric: meta('article:section'),
    body: split.body,
    relatedHeadlines: [],
    tags: [...all('keywords').flatMap((value) => value.split(/[,;]/)), ...all('article:tag')],
    bylines: [
      ...all('author'),
      ...all('article:author').filter((value) => !/^https?:/i.test(value)),
    ],
    images: built.images,
    declaredLanguage: metadata.language,
  });
  return split.isHeadlineGuessed ? { ...finished, isHeadlineGuessed: true } : finished;
}

function walkHtml(
  html: string,
  scope: string | null,
): { built: BuiltBody; metadata: HtmlMetadata } {
  const builder = new BodyBuilder();
  const walker = new HtmlWalker(builder, scope);
  walker.walk(html);
  return { built: builder.finish(), metadata: walker.metadata };
}

function hasWords(built: BuiltBody): boolean {
  return (built.body.content ?? []).some(
    (node) => node.type !== 'paragraph' || inlineText(node) !== '',
  );
}
