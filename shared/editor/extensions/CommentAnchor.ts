import { Mark } from '@tiptap/core';
import { addAnchor, anchorIdAttribute, removeAnchor } from './anchorMark';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    commentAnchor: {
      /** Marks `range` as the text comment thread `id` is about. */
      setCommentAnchor: (id: string, range: { from: number; to: number }) => ReturnType;
      /** Removes the anchor of thread `id` wherever it is. */
      unsetCommentAnchor: (id: string) => ReturnType;
    };
  }
}

/**
 * Where a comment thread sits in the text: a mark carrying the thread's id (a ULID), like a
 * quote anchor. Several threads may cover the same words. It never grows when typing at its
 * edges, and it is private to the desk: the exporter drops it, the importer never makes one.
 */
export const CommentAnchor = Mark.create({
  name: 'commentAnchor',
  inclusive: false,
  excludes: '',
  spanning: true,

  addAttributes() {
    return anchorIdAttribute('data-comment-id');
  },

  parseHTML() {
    return [{ tag: 'span[data-comment-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'comment-anchor' }, 0];
  },

  addCommands() {
    return {
      setCommentAnchor: (id, range) => (props) =>
        addAnchor('commentAnchor', id, range.from, range.to, props),
      unsetCommentAnchor: (id) => (props) => removeAnchor('commentAnchor', id, props),
    };
  },
});
