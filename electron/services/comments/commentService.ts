import { monotonicFactory } from 'ulid';
import { deskIdentity } from '../desk/deskPeople';
import { parseMentions } from '../../../shared/comments/parseMentions';
import type { CommentMention, CommentThread } from '../../../shared/comments/commentSchema';
import { collectQuoteAnchors } from '../../../shared/quotes/collectQuoteAnchors';
import { ruleFailures } from '../../../shared/rules/ruleFailure';
import { ApiFailure } from '../api/apiFailure';
import type { Library } from '../library/openLibrary';

/** A thread to open on text already marked with its id in the editor. */
export interface ThreadToOpen {
  articleId: string;
  id: string;
  body: string;
  /** The selected text as the editor saw it, kept if the saved body does not show it yet. */
  quotedText: string;
  quoteId: string | null;
}

/**
 * The comment rules every adapter calls: a thread is opened on an article that exists, replies
 * and resolutions go to a thread that exists, and @mentions are read from the body against the
 * people the library knows (the desk's people once joined), so "My queue" finds them.
 */
export class CommentService {
  private readonly nextId = monotonicFactory();

  constructor(
    private readonly library: Library,
    private readonly localName: string,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Who writes here: the person the desk knows this workstation's token as once joined (the
   * desk verifies it again on every workstation), else the local user.
   */
  private get actor(): string {
    return deskIdentity(this.library.db, this.localName).name;
  }

  list(articleId: string): CommentThread[] {
    if (!this.library.articles.get(articleId)) throw notFound(articleId);
    return this.library.articles.comments.threads(articleId);
  }

  open(thread: ThreadToOpen): CommentThread {
    const { articles } = this.library;
    return this.library.db.transaction(() => {
      const article = articles.get(thread.articleId);
      if (!article) throw notFound(thread.articleId);
      if (articles.comments.has(thread.id))
        throw new ApiFailure('conflict', `A comment with id ${thread.id} exists already.`);
      // The mark may still be on its way (the editor saves a moment later): the next save
      // of the body places the thread, as it does after every edit.
      const anchor = collectQuoteAnchors(article.body, 'commentAnchor').get(thread.id);
      return articles.comments.createThread(
        {
          id: thread.id,
          articleId: thread.articleId,
          body: thread.body,
          mentions: parseMentions(thread.body, this.people()),
          quotedText: anchor?.text ?? thread.quotedText,
          start: anchor?.start ?? 0,
          end: anchor?.end ?? 0,
          quoteId: thread.quoteId,
          orphaned: anchor === undefined,
        },
        this.actor,
        this.now(),
      );
    })();
  }

  reply(threadId: string, body: string): CommentThread {
    const at = this.now();
    const thread = this.library.articles.comments.reply(
      { id: this.nextId(at), threadId, body, mentions: parseMentions(body, this.people()) },
      this.actor,
      at,
    );
    if (!thread) throw threadNotFound(threadId);
    return thread;
  }

  setResolved(threadId: string, resolved: boolean): CommentThread {
    const thread = this.library.articles.comments.setResolved(
      threadId,
      resolved,
      this.actor,
      this.now(),
    );
    if (!thread) throw threadNotFound(threadId);
    return thread;
  }

  mentions(person: string): CommentMention[] {
    return this.library.articles.comments.listMentions(person);
  }

  /**
   * The people comments may mention: everyone who has written in this library (once joined,
   * the desk's people as it verified them), commented, or checked a quote, and the person here.
   */
  people(): string[] {
    const names = new Set<string>([this.actor]);
    const rows = this.library.db
      .prepare<[], { name: string }>(
        `SELECT author AS name FROM article_revisions
         UNION SELECT author FROM article_comments
         UNION SELECT checked_by FROM quote_annotations
         UNION SELECT created_by FROM quote_annotations`,
      )
      .all();
    for (const { name } of rows) {
      // "desk" names the desk itself (deletions it relayed), not a person.
      if (name && name !== 'desk') names.add(name);
    }
    return [...names].sort((a, b) => a.localeCompare(b));
  }
}

function notFound(articleId: string): ApiFailure {
  return ApiFailure.fromRule(ruleFailures.articleNotFound(articleId));
}

function threadNotFound(threadId: string): ApiFailure {
  return new ApiFailure('not_found', `No comment thread with id ${threadId}.`);
}
