import type { CommandProps } from '@tiptap/core';

/** Anchor ids (quote annotations, comment threads) are ULIDs. */
export const anchorIdPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The `id` attribute of an anchor mark, kept in the HTML as `data-…` attribute `attribute`. */
export function anchorIdAttribute(attribute: string) {
  return {
    id: {
      default: null,
      parseHTML: (element: { getAttribute(name: string): string | null }) =>
        element.getAttribute(attribute),
      renderHTML: (attributes: { id?: unknown }) => ({
        [attribute]: typeof attributes.id === 'string' ? attributes.id : '',
      }),
    },
  };
}

/** Marks `from`–`to` with anchor `markName` for `id`; false for a bad id or an empty range. */
export function addAnchor(
  markName: string,
  id: string,
  from: number,
  to: number,
  { tr, state, dispatch }: CommandProps,
): boolean {
  if (!anchorIdPattern.test(id) || from >= to) return false;
  if (dispatch) tr.addMark(from, to, state.schema.marks[markName]!.create({ id }));
  return true;
}

/** Removes anchor `markName` with `id` wherever it is; false when there is none. */
export function removeAnchor(markName: string, id: string, { tr, state, dispatch }: CommandProps) {
  const type = state.schema.marks[markName]!;
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
}
