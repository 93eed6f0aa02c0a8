import { articleDates } from './articleDates';
import { articleLocation } from './articleLocation';
import type { ArticleRenderOptions, ExportArticle, SiteConfig } from './exportTypes';
import { toIsoDateTime } from './formatExportDate';
import { publicLinkUrl } from './publicLinkUrl';
import { renderArticleBody } from './renderArticleBody';
import { renderCorrectionNoteHtml, typesetCorrections } from './renderCorrections';
import { safePathSegment } from './safePathSegment';
import { siteBaseUrl } from './siteBaseUrl';
import { applyTypography } from '../typography/applyTypography';

/** A ninjs text with a role: headline, description (summary, caption, correction), body. */
export interface NinjsText {
  role: string;
  contenttype: string;
  value: string;
}

/** A ninjs body, with the counts ninjs defines (figure captions excluded). */
export interface NinjsBody extends NinjsText {
  charcount: number;
  wordcount: number;
}

/** A ninjs `people` or `subjects` entry. */
export interface NinjsConcept {
  name: string;
  rel: string;
  literal?: string;
  uri?: string;
}

/** A ninjs association: an image of the article or a related article. */
export interface NinjsAssociation {
  name: string;
  uri: string;
  type: 'picture' | 'text';
  representationtype: 'partial';
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  by?: string;
  renditions?: Array<{
    name: string;
    href: string;
    contenttype: string;
    width?: number;
    height?: number;
  }>;
}

/** The IPTC ninjs 2.2 document Galley publishes for an article (the fields it uses). */
export interface NinjsDocument {
  uri: string;
  type: 'text';
  representationtype: 'full';
  profile: typeof galleyNinjsProfile;
  version: string;
  firstcreated: string;
  versioncreated: string;
  contentcreated: string;
  pubstatus: 'usable';
  language: 'ru' | 'en';
  slugline: string;
  headlines: NinjsText[];
  descriptions?: NinjsText[];
  bodies: NinjsBody[];
  by?: string;
  people?: NinjsConcept[];
  subjects?: NinjsConcept[];
  associations?: NinjsAssociation[];
  altids: Array<{ role: string; value: string }>;
  standard: { name: string; version: string; schema: string };
}

/** The ninjs `profile` of Galley articles, required by Galley's extension schema. */
export const galleyNinjsProfile = 'galley-article';

// ninjs wants RFC 3986 URIs: a Unicode host (which only a browser converts) is left out.
const asciiUriPattern = /^[\u0021-\u007E]+$/;

function uniqueNames(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value.length > 0))];
}

function plain(role: string, value: string): NinjsText {
  return { role, contenttype: 'text/plain', value };
}

/**
 * The IPTC ninjs 2.2 document of an article, valid against the official schema and
 * Galley's extension schema. Everything fits ninjs 2.2 fields: tags are `subjects` with
 * `rel: "keyword"` (2.x has no `keywords`), the rubric a `subjects` entry in the
 * `rubric:` scheme, bylines `by` and `people` (`rel: "author"`), quoted speakers `people`
 * (`rel: "quoted"`), images and related articles `associations`, corrections `descriptions`
 * with `role: "correction"`. Reads only public fields.
 */
export function renderArticleNinjs(
  article: ExportArticle,
  site: SiteConfig,
  options: ArticleRenderOptions = {},
): NinjsDocument {
  const typography = options.typography ?? applyTypography;
  const language = article.language === 'en' ? 'en' : 'ru';
  const typeset = (text: string): string => {
    const trimmed = text.trim();
    return trimmed ? typography(trimmed, language) : trimmed;
  };
  const { baseUrl, host } = siteBaseUrl(site);
  const location = articleLocation(article);
  const uri = `${baseUrl}/${location.path}`;
  const body = options.body ?? renderArticleBody(article, host, typography);
  const dates = articleDates(article);
  const lede = typeset(article.lede);
  const bylines = uniqueNames(article.bylines);
  const rubric = article.rubric.trim();
  // ninjs 2.2 has no corrections field and a description no date: each note is a
  // `correction` description in HTML, its date a <time datetime> as on the page.
  const descriptions: NinjsText[] = [
    ...(lede ? [plain('summary', lede)] : []),
    ...typesetCorrections(article.corrections, language, typography).map((correction) => ({
      role: 'correction',
      contenttype: 'text/html',
      value: renderCorrectionNoteHtml(correction, language),
    })),
  ];

  const people: NinjsConcept[] = [
    ...bylines.map((name) => ({ name, rel: 'author' })),
    ...uniqueNames(article.speakers).map((name) => ({ name, rel: 'quoted' })),
  ];
  const subjects: NinjsConcept[] = rubric
    ? [
        {
          name: rubric,
          rel: 'rubric',
          literal: `rubric:${location.rubricSlug}`,
          uri: `${baseUrl}/${location.rubricSlug}/`,
        },
      ]
    : [];
  for (const tag of uniqueNames(article.tags)) {
    const slug = safePathSegment(tag, '');
    subjects.push(
      slug
        ? { name: tag, rel: 'keyword', literal: `keyword:${slug}` }
        : { name: tag, rel: 'keyword' },
    );
  }

  const associations: NinjsAssociation[] = [];
  body.figures.forEach((figure, index) => {
    const href = `${uri}${figure.fileName}`;
    const rendition: NonNullable<NinjsAssociation['renditions']>[number] = {
      name: 'original',
      href,
      contenttype: figure.mimeType,
    };
    if (figure.width !== undefined) rendition.width = figure.width;
    if (figure.height !== undefined) rendition.height = figure.height;
    const descriptions = [
      ...(figure.caption ? [plain('caption', figure.caption)] : []),
      ...(figure.alt ? [plain('alt', figure.alt)] : []),
    ];
    associations.push({
      name: `image-${index + 1}`,
      uri: href,
      type: 'picture',
      representationtype: 'partial',
      ...(descriptions.length > 0 ? { descriptions } : {}),
      ...(figure.credit ? { by: figure.credit } : {}),
      renditions: [rendition],
    });
  });
  let relatedCount = 0;
  for (const related of article.related) {
    const headline = typeset(related.headline);
    const link = related.url === undefined ? undefined : publicLinkUrl(related.url, baseUrl);
    if (!headline || !link || !asciiUriPattern.test(link)) continue;
    relatedCount += 1;
    associations.push({
      name: `related-${relatedCount}`,
      uri: link,
      type: 'text',
      representationtype: 'partial',
      headlines: [plain('main', headline)],
    });
  }

  return {
    uri,
    type: 'text',
    representationtype: 'full',
    profile: galleyNinjsProfile,
    version: String(article.version),
    firstcreated: toIsoDateTime(dates.published),
    versioncreated: toIsoDateTime(dates.modified),
    contentcreated: toIsoDateTime(article.createdAt),
    pubstatus: 'usable',
    language,
    slugline: location.slug,
    headlines: [plain('main', typeset(article.headline))],
    ...(descriptions.length > 0 ? { descriptions } : {}),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        charcount: body.charCount,
        wordcount: body.wordCount,
        value: body.html,
      },
    ],
    ...(bylines.length > 0 ? { by: bylines.join(', ') } : {}),
    ...(people.length > 0 ? { people } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(associations.length > 0 ? { associations } : {}),
    altids: [{ role: 'galley-article-id', value: article.id }],
    standard: {
      name: 'ninjs',
      version: '2.2',
      schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
    },
  };
}
