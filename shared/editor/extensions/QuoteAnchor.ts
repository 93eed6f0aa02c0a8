import { Mark } from '@tiptap/core';
import { addAnchor, anchorIdAttribute, anchorIdPattern, removeAnchor } from './anchorMark';

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
export const quoteAnchorIdPattern = anchorIdPattern;

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
    return anchorIdAttribute('data-quote-id');
  },

  parseHTML() {
    return [{ tag: 'span[data-quote-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'quote-anchor' }, 0];
  },

  addCommands() {
    return {
      setQuoteAnchor: (id, range) => (props) =>
        addAnchor(
          'quoteAnchor',
          id,
          range?.from ?? props.state.selection.from,
          range?.to ?? props.state.selection.to,
          props,
        ),
      unsetQuoteAnchor: (id) => (props) => removeAnchor('quoteAnchor', id, props),
    };
  },
});
