import { articleLocation } from '../../../shared/export/articleLocation';
import type { ExportArticle, RelatedHeadline } from '../../../shared/export/exportTypes';
import type { ManifestArticle } from './exportManifest';

/**
 * What related headlines are matched by: typography turns quotes, dashes and spaces into
 * other characters, so headlines are matched on their letters and digits only.
 */
export function headlineKey(headline: string): string {
  return headline
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function asciiWebUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : url;
  } catch {
    return url; // site-relative, or not a URL: the renderers decide
  }
}

/** An article as far as linking to it goes: its headline and where it lives. */
export type LinkTarget = Pick<ExportArticle, 'id' | 'headline' | 'slug' | 'rubric'>;

/**
 * The related-headline resolver of one export: a related headline without a URL gets the
 * page of the exported article with that headline (this export's articles first, in the
 * order given, then ones exported before), a given URL is written in ASCII form.
 */
export function relatedHeadlineLinker(
  articles: Iterable<LinkTarget>,
  previous: readonly ManifestArticle[],
  baseUrl: string,
  keyOf: (headline: string) => string = headlineKey,
): (related: readonly RelatedHeadline[]) => RelatedHeadline[] {
  const urlByHeadline = new Map<string, string>();
  for (const entry of previous) urlByHeadline.set(keyOf(entry.headline), entry.url);
  for (const article of articles) {
    urlByHeadline.set(keyOf(article.headline), `${baseUrl}/${articleLocation(article).path}`);
  }
  return (related) => resolveRelatedHeadlines(related, (key) => urlByHeadline.get(key), keyOf);
}

/**
 * {@link headlineKey}, worked out once per headline: an export asks for the key of each
 * article's headline to link it, again to record what it showed, and again for every related
 * headline naming it (about five keys an article of the benchmark library, 2-3 µs each).
 * Holds every headline asked for until it is dropped.
 */
export function headlineKeyMemo(): (headline: string) => string {
  const keys = new Map<string, string>();
  return (headline) => {
    let key = keys.get(headline);
    if (key === undefined) keys.set(headline, (key = headlineKey(headline)));
    return key;
  };
}

/**
 * Related headlines with their links: a given URL in ASCII form, else the URL `urlOf` gives
 * for the headline's match key ({@link headlineKey}), else none.
 */
export function resolveRelatedHeadlines(
  related: readonly RelatedHeadline[],
  urlOf: (key: string) => string | undefined,
  keyOf: (headline: string) => string = headlineKey,
): RelatedHeadline[] {
  return related.map((item) => {
    if (item.url !== undefined) return { headline: item.headline, url: asciiWebUrl(item.url) };
    const url = urlOf(keyOf(item.headline));
    return url ? { headline: item.headline, url } : item;
  });
}
