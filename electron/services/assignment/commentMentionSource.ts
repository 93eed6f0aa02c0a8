import type { DeskPerson } from '../../../shared/desk/deskPerson';
import type { QueueMention } from '../../../shared/desk/queueSchemas';
import type { ArticleRepository } from '../library/articleRepository';
import type { MentionSource } from './mentionSource';

/** Long enough to recognise the comment in a list; the thread itself has the rest. */
const excerptLength = 160;

/**
 * My queue's mentions, read from the comments kept in `article_comments`: every comment naming
 * the person (by the name the desk verified) in a thread still open, newest first. Resolved
 * threads have been dealt with, so they leave the queue.
 */
export function commentMentionSource(articles: ArticleRepository): MentionSource {
  return {
    mentionsOf(person: DeskPerson): QueueMention[] {
      const headlines = new Map<string, string | undefined>();
      const headlineOf = (id: string): string | undefined => {
        if (!headlines.has(id)) headlines.set(id, articles.get(id)?.headline);
        return headlines.get(id);
      };
      const mentions: QueueMention[] = [];
      for (const mention of articles.comments.listMentions(person.name)) {
        if (mention.resolved) continue;
        const headline = headlineOf(mention.articleId);
        if (headline === undefined) continue;
        const body = mention.body.replace(/\s+/g, ' ').trim();
        mentions.push({
          articleId: mention.articleId,
          headline,
          commentId: mention.commentId,
          by: mention.author,
          excerpt: body.length > excerptLength ? `${body.slice(0, excerptLength - 1)}…` : body,
          at: mention.createdAt,
        });
      }
      return mentions;
    },
  };
}
