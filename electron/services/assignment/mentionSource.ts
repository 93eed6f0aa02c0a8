import type { DeskPerson } from '../../../shared/desk/deskPerson';
import type { QueueMention } from '../../../shared/desk/queueSchemas';

/**
 * Where My queue reads the mentions of a person from: the library's comments
 * (`commentMentionSource`); `noMentions` answers none, for a service that has no comments.
 */
export interface MentionSource {
  mentionsOf(person: DeskPerson): QueueMention[];
}

export const noMentions: MentionSource = { mentionsOf: () => [] };
