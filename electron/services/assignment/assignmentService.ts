import type { ArticleSummary } from '../../../shared/article/articleSchema';
import type { Assignee } from '../../../shared/desk/deskPerson';
import type {
  ArticleAssignment,
  AssignmentNotification,
  MyQueue,
} from '../../../shared/desk/queueSchemas';
import {
  ruleFail,
  ruleFailures,
  ruleOk,
  type RuleOutcome,
} from '../../../shared/rules/ruleFailure';
import { replicationOf } from '../desk/articleReplication';
import { deskIdentity } from '../desk/deskPeople';
import type { Library } from '../library/openLibrary';
import { type MentionSource, noMentions } from './mentionSource';

/**
 * Hand-offs, for every adapter alike (API, CLI, the workflow's moves): who an article is
 * assigned to, its history, this workstation's person's queue and notifications. An
 * assignment is recorded under this workstation's person (the desk's name for its token when
 * joined, else the local user) and written into the article's document, so it travels.
 */
export class AssignmentService {
  constructor(
    private readonly library: Library,
    private readonly localName: string,
    private readonly mentions: MentionSource = noMentions,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): RuleOutcome<ArticleAssignment> {
    const assignee = this.library.articles.assignments.current(id);
    if (assignee === undefined) return ruleFail(ruleFailures.articleNotFound(id));
    return ruleOk(this.describe(id, assignee));
  }

  assign(id: string, assignee: Assignee | null): RuleOutcome<ArticleAssignment> {
    return this.library.db.transaction(() => {
      if (this.library.articles.assignments.current(id) === undefined)
        return ruleFail(ruleFailures.articleNotFound(id));
      this.assignWithin(id, assignee);
      return this.get(id);
    })();
  }

  /** The assignment step of a larger write (a status move); call inside its transaction. */
  assignWithin(id: string, assignee: Assignee | null): void {
    const at = this.now();
    const by = this.me().name;
    if (this.library.articles.assignments.assign(id, assignee, by, at))
      replicationOf(this.library).articleSaved(id, at);
  }

  /** Assigned to me; quotations open in those articles' ledgers; mentions of me. */
  queue(): MyQueue {
    const me = this.me();
    const { assignments } = this.library.articles;
    const assigned: ArticleSummary[] = assignments.assignedTo(me.name);
    const quotes = assignments.openQuotesFor(me.name);
    const mentions = this.mentions.mentionsOf(me);
    return {
      me,
      assigned,
      quotes,
      mentions,
      counts: {
        assigned: assigned.length,
        quotes: quotes.reduce((sum, entry) => sum + entry.open, 0),
        mentions: mentions.length,
      },
    };
  }

  notifications(): AssignmentNotification[] {
    return this.library.articles.assignments.unseen(this.me().name);
  }

  markSeen(ids: readonly number[]): AssignmentNotification[] {
    this.library.db.transaction(() =>
      this.library.articles.assignments.markSeen(ids, this.now()),
    )();
    return this.notifications();
  }

  me() {
    return deskIdentity(this.library.db, this.localName);
  }

  private describe(id: string, assignee: Assignee | null): ArticleAssignment {
    return {
      articleId: id,
      assignee,
      history: this.library.articles.assignments.history(id),
    };
  }
}
