import { Mark } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quoteAnchor: {
      /** Marks the selection (or `range`) as the quotation with annotation `id`. */
      setQuoteAnchor: (id: string, range?: { from: number; to: number }) => ReturnType;
      /** Removes the anchor with `id` wherever it is. */
      unsetQuoteAnchor: (id: string) => ReturnType;
    };
  }
}

/** Annotation ids are ULIDs. */
export const quoteAnchorIdPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Where a fact-check annotation sits in the text: a mark carrying the annotation's stable
 * id. It never grows when typing at its edges, survives splits, and is dropped from
 * published output (the exporter renders only public marks).
 */
export const QuoteAnchor = Mark.create({
  name: 'quoteAnchor',
  inclusive: false,
  excludes: '',
  spanning: true,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element: { getAttribute(name: string): string | null }) =>
          element.getAttribute('data-quote-id'),
        renderHTML: (attributes: { id?: unknown }) => ({
          'data-quote-id': typeof attributes.id === 'string' ? attributes.id : '',
        }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-quote-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'quote-anchor' }, 0];
  },

  addCommands() {
    return {
      setQuoteAnchor:
        (id, range) =>
        ({ tr, state, dispatch }) => {
          if (!quoteAnchorIdPattern.test(id)) return false;
          const from = range?.from ?? state.selection.from;
          const to = range?.to ?? state.selection.to;
          if (from >= to) return false;
          if (dispatch) tr.addMark(from, to, state.schema.marks['quoteAnchor']!.create({ id }));
          return true;
        },
      unsetQuoteAnchor:
        (id) =>
        ({ tr, state, dispatch }) => {
          const type = state.schema.marks['quoteAnchor']!;
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
