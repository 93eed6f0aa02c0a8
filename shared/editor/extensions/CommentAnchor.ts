import { Mark } from '@tiptap/core';
import { quoteAnchorIdPattern } from './QuoteAnchor';

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
    return {
      id: {
        default: null,
        parseHTML: (element: { getAttribute(name: string): string | null }) =>
          element.getAttribute('data-comment-id'),
        renderHTML: (attributes: { id?: unknown }) => ({
          'data-comment-id': typeof attributes.id === 'string' ? attributes.id : '',
        }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'comment-anchor' }, 0];
  },

  addCommands() {
    return {
      setCommentAnchor:
        (id, range) =>
        ({ tr, state, dispatch }) => {
          if (!quoteAnchorIdPattern.test(id) || range.from >= range.to) return false;
          if (dispatch)
            tr.addMark(range.from, range.to, state.schema.marks['commentAnchor']!.create({ id }));
          return true;
        },
      unsetCommentAnchor:
        (id) =>
        ({ tr, state, dispatch }) => {
          const type = state.schema.marks['commentAnchor']!;
          let found = false;
          state.doc.descendants((node, position) => {
            const mark = node.marks.find(
              (candidate) => candidate.type === type && candidate.attrs['id'] === id,
            );
            if (mark) {
              found = true;
              if (dispatch) tr.removeMark(position, position + node.nodeSize, mark);
            }
          });
          return found;
        },
    };
  },
});
