import type { Assignee } from '../../shared/article/assigneeSchema';
import type { Editor } from '@tiptap/core';
import { createContext, useContext } from 'react';
import type { ApiOutput } from '../../shared/api/apiContract';
import type { ApiResult } from '../../shared/api/apiResult';
import type { Article, ArticleStatus } from '../../shared/article/articleSchema';
import type { ArticleAutosave } from './useArticleAutosave';

/** The fields the editor and its panels change as the writer types. */
export type EditableFields = Pick<
  Article,
  'headline' | 'lede' | 'rubric' | 'tags' | 'bylines' | 'language' | 'related'
>;

export const editableFieldNames = [
  'headline',
  'lede',
  'rubric',
  'tags',
  'bylines',
  'language',
  'related',
] as const satisfies ReadonlyArray<keyof EditableFields>;

export interface StatusProblem {
  message: string;
  /** Set when the quote gate refused the move: it can be overridden with a reason. */
  blockedStatus?: ArticleStatus;
}

/** The server's copy as far as the panels read it. */
export type StoredArticle = Pick<Article, 'id' | 'status' | 'slug' | 'isSlugCustom'>;

export function pickStored({ id, status, slug, isSlugCustom }: Article): StoredArticle {
  return { id, status, slug, isSlugCustom };
}

/**
 * The open article as every panel beside the text sees it: the server's copy, the fields as
 * typed, the save state and the ways to change it, the body editor, the library's name lists.
 */
export interface ArticleSession {
  articleId: string;
  /** What panels show of the server's copy: a save's answer renders them only when it changes. */
  stored: StoredArticle;
  /** The fields as typed: ahead of `stored` until the save lands. */
  fields: EditableFields;
  change: (patch: Partial<EditableFields>) => void;
  setSlug: (slug: string | null) => void;
  setStatus: (status: ArticleStatus, overrideReason?: string, assignee?: Assignee | null) => void;
  statusProblem: StatusProblem | null;
  /** Saves pending edits, then a named version of the article (listed in its history). */
  saveVersion: (name: string) => Promise<ApiResult<Article>>;
  autosave: ArticleAutosave;
  /** The body editor, once it is built. */
  editor: Editor | null;
  lists: ApiOutput<'lists:get'>;
  /** Opens another article in the editor. */
  open: (id: string) => void;
  /** Reopens the editor on a restored copy of the article. */
  reopen: (article: Article) => void;
}

export const ArticleSessionContext = createContext<ArticleSession | null>(null);

export function useArticleSession(): ArticleSession {
  const session = useContext(ArticleSessionContext);
  if (!session) throw new Error('useArticleSession needs an open article (ArticleSessionContext)');
  return session;
}
