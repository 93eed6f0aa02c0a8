import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { ArticleTextField } from '../../../shared/find/articleMatch';
import type { TextHighlight } from '../../spelling/SpelledTextArea';
// For `editor.storage.findReplace`.
import type {} from './findReplaceExtension';

/** Find's highlights for the headline and the lede, and when to bring the active one into view. */
export interface FieldFindHighlights {
  headline: readonly TextHighlight[];
  lede: readonly TextHighlight[];
  /** Changes when the active match is to be shown; undefined while it is not in these fields. */
  reveal: number | undefined;
}

const none: FieldFindHighlights = { headline: [], lede: [], reveal: undefined };

/** The matches of the running search that lie in the headline and the lede. */
export function useFieldFindHighlights(editor: Editor | null): FieldFindHighlights {
  return (
    useEditorState({
      editor,
      selector: ({ editor: current }): FieldFindHighlights => {
        if (!current) return none;
        const { fieldMatches, active, reveal } = current.storage.findReplace;
        if (fieldMatches.length === 0) return none;
        const inField = (field: ArticleTextField): TextHighlight[] =>
          fieldMatches
            .filter((match) => match.field === field)
            .map(({ from, to }) => ({
              from,
              to,
              active: active?.field === field && active.from === from,
            }));
        const isActiveHere = active?.field === 'headline' || active?.field === 'lede';
        return {
          headline: inField('headline'),
          lede: inField('lede'),
          reveal: isActiveHere ? reveal : undefined,
        };
      },
    }) ?? none
  );
}
