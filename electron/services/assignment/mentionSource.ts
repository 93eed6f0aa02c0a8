import type { DeskPerson } from '../../../shared/desk/deskPerson';
import type { QueueMention } from '../../../shared/desk/queueSchemas';

/**
 * Where My queue reads the mentions of a person from. Comments (and their mentions) are kept
 * by the comments work in `article_comments`; until that table is in this build there is
 * nothing to read, and `noMentions` answers none.
 */
export interface MentionSource {
  mentionsOf(person: DeskPerson): QueueMention[];
}

export const noMentions: MentionSource = { mentionsOf: () => [] };
