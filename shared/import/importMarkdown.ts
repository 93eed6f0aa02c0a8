import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { TiptapMark } from '../editor/tiptapJson';
import { BodyBuilder } from './bodyBuilder';
import { decodeImageDataUri } from './decodeImageDataUri';
import { finishArticle } from './finishArticle';
import { HtmlWalker } from './htmlWalker';
import type { ImportedArticle } from './importedArticle';
import { ImportLimitError } from './importLimitError';
import { parseFrontMatter, type FrontMatterValue } from './parseFrontMatter';
import { safeLinkHref } from './safeLinkHref';
import { splitHeadline } from './splitHeadline';

const markdown = new MarkdownIt('default', { html: true, linkify: true, typographer: false });
// markdown-it leaves a refused link as literal "[text](javascript:…)"; safeLinkHref
// refuses it instead, keeping just the text.
markdown.validateLink = () => true;

/**
 * markdown-it needs about a second per megabyte on adversarial input (endless emphasis
 * or bracket runs), so Markdown is capped well above any article (a 20,000-word piece
 * is some 150,000 characters) but far below the 20 MB file limit. Embedded images do
 * not count: they are parsed quickly and are what makes a legitimate file large.
 */
const maxMarkdownCharacters = 2_000_000;

const containerTokens: Record<string, 'blockquote' | 'bulletList' | 'orderedList' | 'listItem'> = {
  blockquote_open: 'blockquote',
  bullet_list_open: 'bulletList',
  ordered_list_open: 'orderedList',
  list_item_open: 'listItem',
};

const markTokens: Record<string, string> = {
  strong_open: 'bold',
  strong_close: 'bold',
  em_open: 'italic',
  em_close: 'italic',
  s_open: 'strike',
  s_close: 'strike',
};

/**
 * An article from Markdown, converted from markdown-it's tokens straight to the body.
 * Fields come from front matter (`title`, `rubric`, `tags`, `author`/`authors`,
 * `lede`/`description`) when present; otherwise the first heading, if it is a `# `
 * heading, is the headline and the paragraph right after it the lede. Code becomes plain
 * text (the schema has no code); raw HTML goes through the HTML converter's rules.
 * Images are kept only when embedded as `data:` URIs; a remote image is dropped, alt
 * text and all — the alt describes a picture that is not there, it is not article text.
 * Throws an ImportLimitError for input too long to be an article.
 */
export function importMarkdown(text: string): ImportedArticle {
  const withoutImages = text.replace(/data:image\/[\w.+-]+;base64,[\w+/=\s-]*/gi, '');
  if (withoutImages.length > maxMarkdownCharacters) {
    throw new ImportLimitError(
      `too long for one article (more than ${maxMarkdownCharacters.toLocaleString('en')} characters of Markdown)`,
    );
  }
  const { fields, content } = parseFrontMatter(text);
  const field = (...keys: string[]): string =>
    keys.map((key) => asText(fields.get(key))).find((value) => value !== '') ?? '';
  const list = (...keys: string[]): string[] => keys.flatMap((key) => asList(fields.get(key)));

  const builder = new BodyBuilder();
  walkBlocks(markdown.parse(content, {}), builder);
  const built = builder.finish();
  const title = field('title', 'headline');
  const knownLede = field('lede', 'description', 'summary', 'excerpt', 'standfirst');
  const split = splitHeadline(built.body, {
    takeLede: knownLede === '',
    ...(knownLede ? { knownLede } : {}),
    ...(title ? { knownHeadline: title } : {}),
  });
  return finishArticle({
    headline: title || split.headline,
    lede: knownLede || split.lede,
    rubric: field('rubric', 'section', 'category'),
    body: split.body,
    relatedHeadlines: list('related'),
    tags: list('tags', 'keywords'),
    bylines: list('authors', 'author', 'byline', 'bylines'),
    images: built.images,
    declaredLanguage: field('lang', 'language'),
  });
}

function walkBlocks(tokens: readonly Token[], builder: BodyBuilder): void {
  const depths: number[] = [];
  for (const token of tokens) {
    const container = containerTokens[token.type];
    if (container) {
      const start = Number(attribute(token, 'start') || 1);
      const attrs = container === 'orderedList' && start !== 1 ? { start } : undefined;
      depths.push(builder.openContainer(container, attrs));
      continue;
    }
    switch (token.type) {
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
        builder.closeTo(depths.pop() ?? 1);
        break;
      case 'heading_open':
        builder.openTextBlock('heading', { level: Math.min(Number(token.tag.slice(1)), 4) });
        break;
      case 'paragraph_open':
      case 'th_open':
      case 'td_open':
        builder.openTextBlock('paragraph');
        break;
      case 'heading_close':
      case 'paragraph_close':
      case 'th_close':
      case 'td_close':
        builder.closeTextBlock();
        break;
      case 'inline':
        walkInline(token.children ?? [], builder);
        break;
      case 'hr':
        builder.addHorizontalRule();
        break;
      case 'code_block':
      case 'fence':
        builder.openTextBlock('paragraph');
        builder.addText(token.content.replace(/\n$/, ''), [], true);
        builder.closeTextBlock();
        break;
      case 'html_block':
        new HtmlWalker(builder).walk(token.content);
        break;
    }
  }
}

function walkInline(tokens: Token[], builder: BodyBuilder): void {
  if (tokens.some((token) => token.type === 'html_inline')) {
    // Inline HTML tags arrive as separate open and close tokens around Markdown text, so
    // the line is rendered to HTML (text escaped by markdown-it) and walked as HTML.
    new HtmlWalker(builder).walk(markdown.renderer.renderInline(tokens, markdown.options, {}));
    return;
  }
  const marks = new Map<string, TiptapMark>();
  for (const token of tokens) {
    const markType = markTokens[token.type];
    if (markType) {
      if (token.nesting === 1) marks.set(markType, { type: markType });
      else marks.delete(markType);
      continue;
    }
    switch (token.type) {
      case 'text':
      case 'code_inline':
        builder.addText(token.content, [...marks.values()]);
        break;
      case 'softbreak':
        builder.addText(' ', [...marks.values()]);
        break;
      case 'hardbreak':
        builder.addHardBreak();
        break;
      case 'link_open': {
        const href = safeLinkHref(attribute(token, 'href'));
        if (href) marks.set('link', { type: 'link', attrs: { href } });
        break;
      }
      case 'link_close':
        marks.delete('link');
        break;
      case 'image': {
        const image = decodeImageDataUri(attribute(token, 'src'));
        const caption = attribute(token, 'title');
        if (image) builder.addFigure({ image, alt: token.content, caption, credit: '' });
        break;
      }
    }
  }
}

function asText(value: FrontMatterValue | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

function asList(value: FrontMatterValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : value.split(',');
}

function attribute(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null ? '' : String(value);
}
