import type { ArticleLanguage } from '../../shared/article/articleSchema';
import type { Random } from '../support/createRandom';
import type { LanguageWriter, Speaker } from './languageWriter';

/** A block of a generated article, before it is written as Markdown. */
export type GeneratedBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'figure'; image: number; alt: string; caption: string }
  | { kind: 'blockquote'; text: string; attribution: string };

export interface GeneratedArticle {
  headline: string;
  lede: string;
  rubric: string;
  tags: string[];
  authors: string[];
  language: ArticleLanguage;
  related: string[];
  blocks: GeneratedBlock[];
  /** Words in the body (headline and lede apart). */
  words: number;
}

export interface GenerateArticleOptions {
  /** Body words to reach (the last block may run over); about 600 when not given. */
  targetWords?: number;
  /** Headlines of earlier articles in the same language, for related links. */
  earlierHeadlines?: readonly string[];
  /** How many distinct images figures may show. */
  imageCount: number;
}

const linkBase = 'https://news.example/articles/';

function countWords(text: string): number {
  let count = 0;
  for (const part of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(part)) count += 1;
  return count;
}

/**
 * One news article: headline, lede, rubric, tags, bylines, related links, paragraphs with
 * attributed quotations, and now and then a subheading, a list, a figure or a block quote.
 * Plain text only: Markdown escaping is the writer's job.
 */
export function generateArticle(
  random: Random,
  writer: LanguageWriter,
  options: GenerateArticleOptions,
): GeneratedArticle {
  writer.startArticle();
  const target = options.targetWords ?? random.between(540, 680);
  const speakers: Speaker[] = Array.from({ length: random.between(1, 3) }, () => writer.speaker());
  const mentioned = new Set<Speaker>();
  const blocks: GeneratedBlock[] = [];
  let words = 0;
  let lists = 0;
  let figures = 0;
  let blockQuotes = 0;
  const add = (block: GeneratedBlock, text: string): void => {
    blocks.push(block);
    words += countWords(text);
  };
  const paragraph = (sentences: number): string =>
    Array.from({ length: sentences }, () => writer.sentence()).join(' ');

  const rare = writer.rareSentence();
  const rareAt = rare ? random.between(1, Math.max(1, Math.floor(target / 80))) : -1;
  const figuresAllowed = Math.max(1, Math.floor(target / 600));
  for (let index = 0; words < target; index += 1) {
    const roll = random.next();
    const last = blocks[blocks.length - 1];
    if (index === rareAt && rare) {
      add({ kind: 'paragraph', text: `${writer.sentence()} ${rare}` }, rare);
    } else if (index > 1 && roll < 0.22) {
      const speaker = random.pick(speakers);
      const text = writer.quote(speaker, !mentioned.has(speaker));
      mentioned.add(speaker);
      add({ kind: 'paragraph', text }, text);
    } else if (index > 2 && roll < 0.28 && last?.kind === 'paragraph') {
      const text = writer.subheading();
      add({ kind: 'heading', text }, text);
    } else if (index > 2 && roll < 0.32 && lists < Math.max(1, target / 1200)) {
      lists += 1;
      const items = Array.from({ length: random.between(3, 5) }, () => writer.listItem());
      add({ kind: 'list', ordered: random.chance(0.3), items }, items.join(' '));
    } else if (index > 1 && roll < 0.35 && figures < figuresAllowed) {
      figures += 1;
      const caption = writer.caption();
      add(
        { kind: 'figure', image: random.int(options.imageCount), alt: caption, caption },
        caption,
      );
    } else if (index > 3 && roll < 0.37 && blockQuotes < Math.max(1, target / 2000)) {
      blockQuotes += 1;
      const speaker = random.pick(speakers);
      const { text, attribution } = writer.blockQuote(speaker);
      mentioned.add(speaker);
      add({ kind: 'blockquote', text, attribution }, `${text} ${attribution}`);
    } else {
      let text = paragraph(random.between(2, 4));
      if (random.chance(0.06)) {
        const more = writer.language === 'ru' ? 'Подробнее' : 'Read more';
        text += ` [${more}](${linkBase}${random.int(1_000_000)}).`;
      }
      add({ kind: 'paragraph', text }, text);
    }
  }

  const earlier = options.earlierHeadlines ?? [];
  const related =
    earlier.length > 0
      ? [...new Set(Array.from({ length: random.between(0, 3) }, () => random.pick(earlier)))]
      : [];
  return {
    headline: writer.headline(),
    lede: writer.sentence(),
    rubric: random.zipf(writer.rubrics, 0.8),
    tags: random.some(writer.tags, random.between(2, 5), 0.9),
    authors: random.some(writer.authors, random.chance(0.8) ? 1 : 2, 0.5),
    language: writer.language,
    related,
    blocks,
    words,
  };
}
