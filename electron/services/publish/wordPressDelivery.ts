import { exportLabels } from '../../../shared/export/exportLabels';
import { escapeHtml } from '../../../shared/export/escapeHtml';
import { renderCorrectionsHtml } from '../../../shared/export/renderCorrections';
import { retryAfterMs, networkFailure } from './classifyResponse';
import type {
  DeliveryItem,
  DeliveryOutcome,
  RemoteArticle,
  TargetDelivery,
} from './targetDelivery';

export type WordPressTakedown = 'draft' | 'trash';

export interface WordPressOptions {
  /** The site's address; the REST API is at `wp-json/wp/v2/` under it. */
  url: string;
  user: string;
  /** An Application Password of that user (Users → Profile → Application Passwords). */
  password: string;
  /** What "unpublish" does to the post: back to draft, or into the trash. */
  takedown: WordPressTakedown;
}

/** What WordPress answered that was not a success: temporary or final, with its own words. */
class WordPressAnswer extends Error {
  constructor(
    readonly outcome: Exclude<DeliveryOutcome, { kind: 'delivered' }>,
    readonly status: number,
    readonly code: string,
    /** `term_exists`: the term that already has the name. */
    readonly termId?: number,
  ) {
    super(outcome.reason);
  }
}

interface WpPost {
  id: number;
  link: string;
  content?: { raw?: string };
}

interface WpTerm {
  id: number;
  name: string;
}

interface WpMedia {
  id: number;
  source_url: string;
  alt_text?: string;
  caption?: { raw?: string };
}

/** Post statuses a re-publish looks through for a post an interrupted attempt created. */
const everyStatus = 'publish,future,draft,pending,private,trash';

/**
 * Publishing to a WordPress site over its REST API with an Application Password. The post
 * gets the export's own rendering (title and excerpt as text, the body as the export's HTML
 * with quotes as `<q>`), the rubric as its category and the tags as tags (created when
 * missing, matched by name), the figures uploaded to the media library (the first is the
 * featured image) and «Другие новости» pointing at the related posts. The post carries the
 * article's id in an HTML comment, so an attempt cut off after WordPress created the post
 * finds it again instead of creating a second one.
 */
export function createWordPressDelivery(options: WordPressOptions): TargetDelivery {
  const api = new URL(
    'wp-json/wp/v2/',
    options.url.endsWith('/') ? options.url : `${options.url}/`,
  );
  const authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
  // Term ids by taxonomy and lower-cased name, for the life of this target's deliveries.
  const terms = new Map<string, number>();

  const request = async <T>(
    method: string,
    route: string,
    signal: AbortSignal,
    body?: { json: unknown } | { data: Uint8Array; type: string; fileName: string },
  ): Promise<T> => {
    const headers: Record<string, string> = { Authorization: authorization };
    let payload: string | Uint8Array | undefined;
    if (body && 'json' in body) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body.json);
    } else if (body) {
      headers['Content-Type'] = body.type;
      headers['Content-Disposition'] = `attachment; filename="${body.fileName}"`;
      payload = body.data;
    }
    const response = await fetch(new URL(route, api), {
      method,
      headers,
      body: payload,
      signal,
      // Credentials must not follow a redirect to another address.
      redirect: 'error',
    });
    if (response.ok) return (await response.json()) as T;
    throw await answerOf(response);
  };

  const term = async (
    taxonomy: 'categories' | 'tags',
    name: string,
    signal: AbortSignal,
  ): Promise<number> => {
    const key = `${taxonomy}:${name.toLocaleLowerCase()}`;
    const known = terms.get(key);
    if (known !== undefined) return known;
    // WordPress keeps term names as HTML: Galley's names go in escaped, so they stay text.
    const stored = escapeHtml(name);
    const found = await request<WpTerm[]>(
      'GET',
      `${taxonomy}?per_page=100&_fields=id,name&search=${encodeURIComponent(stored)}`,
      signal,
    );
    let id = found.find((candidate) => sameName(candidate.name, name))?.id;
    if (id === undefined) {
      try {
        id = (await request<WpTerm>('POST', taxonomy, signal, { json: { name: stored } })).id;
      } catch (error) {
        // Created meanwhile (another desk, another attempt): WordPress names the existing term.
        const existing = error instanceof WordPressAnswer && error.code === 'term_exists';
        if (!existing) throw error;
        id = error.termId;
        if (id === undefined) throw error;
      }
    }
    terms.set(key, id);
    return id;
  };

  const uploadFigures = async (
    item: DeliveryItem,
    signal: AbortSignal,
  ): Promise<Array<{ fileName: string; media: WpMedia }>> => {
    const uploaded: Array<{ fileName: string; media: WpMedia }> = [];
    for (const figure of item.figures) {
      if (uploaded.some((done) => done.fileName === figure.fileName)) continue;
      const file = item.files.find((candidate) => candidate.path.endsWith(`/${figure.fileName}`));
      if (!file) continue;
      // One media item per image content: a re-publish, or an attempt after a kill, finds it.
      const slug = `galley-${file.sha256.slice(0, 32)}`;
      const caption =
        escapeHtml(figure.caption) +
        (figure.credit ? ` <span class="credit">${escapeHtml(figure.credit)}</span>` : '');
      const fields = { caption, alt_text: figure.alt, description: escapeHtml(figure.credit) };
      const [existing] = await request<WpMedia[]>(
        'GET',
        `media?context=edit&_fields=id,source_url,alt_text,caption&slug=${slug}`,
        signal,
      );
      let media: WpMedia;
      if (existing) {
        media =
          existing.alt_text === fields.alt_text && existing.caption?.raw === caption
            ? existing
            : await request<WpMedia>('POST', `media/${existing.id}`, signal, { json: fields });
      } else {
        // One request with the slug in it: a kill between two requests would leave an
        // unnamed upload that the next attempt cannot find.
        const named = new URLSearchParams({
          ...fields,
          slug,
          title: escapeHtml(figure.caption || figure.fileName),
        });
        media = await request<WpMedia>('POST', `media?${named.toString()}`, signal, {
          data: file.data,
          type: figure.mimeType,
          fileName: figure.fileName,
        });
      }
      uploaded.push({ fileName: figure.fileName, media });
    }
    return uploaded;
  };

  /** The post Galley made for this article before, if an interrupted attempt left one. */
  const findByMarker = async (
    item: DeliveryItem,
    signal: AbortSignal,
  ): Promise<WpPost | undefined> => {
    const posts = await request<WpPost[]>(
      'GET',
      `posts?context=edit&_fields=id,link,content&per_page=20&status=${everyStatus}&search=${item.article.id}`,
      signal,
    );
    return posts.find((post) => post.content?.raw?.includes(marker(item.article.id)));
  };

  const savePost = async (
    item: DeliveryItem,
    fields: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<WpPost> => {
    const remoteId = item.remote?.remoteId;
    if (remoteId) {
      try {
        return await request<WpPost>('POST', `posts/${remoteId}`, signal, { json: fields });
      } catch (error) {
        // Deleted on the site for good: published again as a new post.
        if (!(error instanceof WordPressAnswer && error.status === 404)) throw error;
      }
    }
    const existing = await findByMarker(item, signal);
    if (existing) return request<WpPost>('POST', `posts/${existing.id}`, signal, { json: fields });
    return request<WpPost>('POST', 'posts', signal, { json: fields });
  };

  const deliver = async (item: DeliveryItem, signal: AbortSignal): Promise<DeliveryOutcome> => {
    const { article } = item;
    const media = await uploadFigures(item, signal);
    const categories = article.rubric.trim()
      ? [await term('categories', article.rubric.trim(), signal)]
      : [];
    const tags: number[] = [];
    for (const tag of article.tags) tags.push(await term('tags', tag, signal));
    const post = await savePost(
      item,
      {
        title: escapeHtml(item.title),
        excerpt: escapeHtml(item.summary),
        content: postContent(item, media),
        slug: article.slug,
        status: 'publish',
        ...(article.publishedAt
          ? { date_gmt: new Date(article.publishedAt).toISOString().slice(0, 19) }
          : {}),
        categories,
        tags,
        featured_media: media[0]?.media.id ?? 0,
      },
      signal,
    );
    return { kind: 'delivered', remote: { remoteId: String(post.id), url: post.link } };
  };

  const takedown = async (item: DeliveryItem, signal: AbortSignal): Promise<DeliveryOutcome> => {
    const remoteId = item.remote?.remoteId ?? String((await findByMarker(item, signal))?.id ?? '');
    const gone: RemoteArticle = { remoteId, url: '' };
    if (!remoteId) return { kind: 'delivered', remote: gone };
    try {
      if (options.takedown === 'trash') await request('DELETE', `posts/${remoteId}`, signal);
      else await request('POST', `posts/${remoteId}`, signal, { json: { status: 'draft' } });
    } catch (error) {
      // Already deleted or already in the trash: there is nothing left to take down.
      const alreadyGone =
        error instanceof WordPressAnswer && (error.status === 404 || error.status === 410);
      if (!alreadyGone) throw error;
    }
    return { kind: 'delivered', remote: gone };
  };

  const attempt =
    (run: (item: DeliveryItem, signal: AbortSignal) => Promise<DeliveryOutcome>) =>
    async (item: DeliveryItem, signal: AbortSignal): Promise<DeliveryOutcome> => {
      try {
        return await run(item, signal);
      } catch (error) {
        if (error instanceof WordPressAnswer) return error.outcome;
        return networkFailure(error);
      }
    };

  return {
    deliver: attempt(deliver),
    takedown: attempt(takedown),
    test: async (signal) => {
      try {
        const me = await request<{ capabilities?: Record<string, boolean> }>(
          'GET',
          'users/me?context=edit&_fields=id,capabilities',
          signal,
        );
        if (me.capabilities && !me.capabilities['publish_posts'])
          return { ok: false, reason: `WordPress user "${options.user}" may not publish posts` };
        return { ok: true };
      } catch (error) {
        if (error instanceof WordPressAnswer) return { ok: false, reason: error.message };
        const outcome = networkFailure(error);
        return { ok: false, reason: outcome.kind === 'delivered' ? '' : outcome.reason };
      }
    },
  };
}

/** The post's HTML: the id marker, the bylines, the body, the corrections, «Другие новости». */
function postContent(
  item: DeliveryItem,
  media: Array<{ fileName: string; media: WpMedia }>,
): string {
  const { article } = item;
  let body = item.bodyHtml;
  for (const { fileName, media: uploaded } of media)
    body = body
      .split(`src="${escapeHtml(fileName)}"`)
      .join(`src="${escapeHtml(uploaded.source_url)}"`);
  const parts = [`<!-- ${marker(article.id)} -->`];
  if (article.bylines.length > 0)
    parts.push(`<p class="byline">${escapeHtml(article.bylines.join(', '))}</p>`);
  parts.push(body.trim());
  const corrections = renderCorrectionsHtml(item.exportArticle.corrections, article.language);
  if (corrections) parts.push(corrections);
  const related = article.related.flatMap((link) => {
    const url = link.relatedId ? item.relatedRemote.get(link.relatedId)?.url : undefined;
    return url ? [`<li><a href="${escapeHtml(url)}">${escapeHtml(link.headline)}</a></li>`] : [];
  });
  if (related.length > 0)
    parts.push(
      `<aside class="related"><h2>${exportLabels[article.language].related}</h2><ul>${related.join('')}</ul></aside>`,
    );
  return parts.join('\n');
}

function marker(articleId: string): string {
  return `galley-article:${articleId}`;
}

async function answerOf(response: Response): Promise<WordPressAnswer> {
  const text = await response.text().catch(() => '');
  let code = '';
  let message = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  let termId: number | undefined;
  try {
    const parsed = JSON.parse(text) as {
      code?: unknown;
      message?: unknown;
      data?: { term_id?: unknown };
    };
    if (typeof parsed.code === 'string') code = parsed.code;
    if (typeof parsed.message === 'string') message = parsed.message;
    if (typeof parsed.data?.term_id === 'number') termId = parsed.data.term_id;
  } catch {
    // Not WordPress's JSON (a proxy's error page): its text is the reason.
  }
  const reason = `HTTP ${response.status}${message ? `: ${message}` : ''}${code ? ` (${code})` : ''}`;
  const temporary = response.status === 408 || response.status === 429 || response.status >= 500;
  return new WordPressAnswer(
    temporary
      ? { kind: 'retry', reason, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) }
      : { kind: 'refused', reason },
    response.status,
    code,
    termId,
  );
}

/** WordPress's term name (HTML) compared with Galley's (text), as WordPress compares names. */
function sameName(stored: string, name: string): boolean {
  const decoded = stored
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
  return decoded.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();
}
