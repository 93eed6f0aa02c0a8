import type { Editor } from '@tiptap/core';
// Brings the commentAnchor commands' types into this program.
import type {} from '../../shared/editor/extensions/CommentAnchor';
import { createContext, useContext, useMemo, useState } from 'react';
import { ulid } from 'ulid';

/** A thread being written: its anchor is in the text already, under `threadId`. */
export interface CommentDraft {
  threadId: string;
  quotedText: string;
  /** The quote annotation the thread asks about (from the fact-check panel), or null. */
  quoteId: string | null;
  /** Text the composer starts with. */
  initialBody: string;
}

export interface CommentComposer {
  draft: CommentDraft | null;
  /**
   * Marks `range` (the selection by default) as a new thread's text and opens the composer for
   * it; false when nothing is selected.
   */
  start: (
    editor: Editor,
    options?: { range?: { from: number; to: number }; quoteId?: string; initialBody?: string },
  ) => boolean;
  /** Closes the composer; `keepAnchor` once the thread is saved, else its mark goes too. */
  finish: (editor: Editor, keepAnchor: boolean) => void;
}

export const CommentComposerContext = createContext<CommentComposer | null>(null);

export function useCommentComposer(): CommentComposer {
  const composer = useContext(CommentComposerContext);
  if (!composer) throw new Error('useCommentComposer needs CommentComposerContext');
  return composer;
}

/** The open article's comment composer, shared by the toolbar, the shortcut and the panels. */
export function useCommentComposerState(): CommentComposer {
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  return useMemo<CommentComposer>(
    () => ({
      draft,
      start: (editor, options = {}) => {
        const range = options.range ?? {
          from: editor.state.selection.from,
          to: editor.state.selection.to,
        };
        if (range.from >= range.to) return false;
        // A composer left open without a comment leaves no mark behind.
        if (draft) editor.commands.unsetCommentAnchor(draft.threadId);
        const threadId = ulid();
        if (!editor.chain().setCommentAnchor(threadId, range).run()) return false;
        setDraft({
          threadId,
          quotedText: editor.state.doc.textBetween(range.from, range.to, ' '),
          quoteId: options.quoteId ?? null,
          initialBody: options.initialBody ?? '',
        });
        return true;
      },
      finish: (editor, keepAnchor) => {
        if (draft && !keepAnchor) editor.commands.unsetCommentAnchor(draft.threadId);
        setDraft(null);
      },
    }),
    [draft],
  );
}
