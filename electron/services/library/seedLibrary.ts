import { paragraphsToDocument, parsePageText } from '../../../shared/import/parsePageText';
import { seedArticleRuText } from '../../../shared/samples/seedArticleRu';
import type { ArticleRepository } from './articleRepository';

/** Puts the sample article into a brand-new library, so a new user sees something real. */
export function seedLibrary(articles: ArticleRepository, actor: string): void {
  const page = parsePageText(seedArticleRuText);
  articles.create(
    {
      headline: page.headline,
      lede: page.lede,
      rubric: page.rubric,
      language: 'ru',
      body: paragraphsToDocument(page.paragraphs),
      related: page.relatedHeadlines.map((headline) => ({ relatedId: null, headline })),
    },
    actor,
  );
}
