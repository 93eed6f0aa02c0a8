import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  prosemirrorJSONToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type {
  Article,
  ArticleLanguage,
  ArticleStatus,
  RelatedArticle,
} from '../article/articleSchema';
import { getDocumentSchema } from '../editor/documentSchema';
import type { TiptapNode } from '../editor/tiptapJson';

/** The fields of an article that travel between machines in its Yjs document. */
export type ArticleDocumentFields = Pick<
  Article,
  | 'headline'
  | 'lede'
  | 'rubric'
  | 'tags'
  | 'bylines'
  | 'slug'
  | 'isSlugCustom'
  | 'language'
  | 'status'
  | 'body'
  | 'related'
  | 'createdAt'
  | 'publishedAt'
>;

/**
 * Where each field lives in the Y.Doc, chosen by how concurrent edits should merge:
 * headline and lede are Y.Text (both people's characters survive), the body is the Tiptap
 * fragment (merged by node and character), tags, bylines and related links are lists with
 * set semantics (concurrent additions both stay), and the rest are last-writer-wins values.
 */
export const articleDocumentKeys = {
  headline: 'headline',
  lede: 'lede',
  body: 'body',
  fields: 'article',
} as const;

type ScalarField =
  'rubric' | 'slug' | 'isSlugCustom' | 'language' | 'status' | 'createdAt' | 'publishedAt';
type ListField = 'tags' | 'bylines' | 'related';

const scalarFields: readonly ScalarField[] = [
  'rubric',
  'slug',
  'isSlugCustom',
  'language',
  'status',
  'createdAt',
  'publishedAt',
];
const listFields: readonly ListField[] = ['tags', 'bylines', 'related'];

/**
 * Brings the Y.Doc to these field values with the smallest change: text by its changed middle,
 * lists by the items added and removed, the body by Tiptap's own fragment reconciliation. Run
 * on a fresh Y.Doc it writes the whole article. One transaction, so one update and one undo step.
 */
export function writeArticleDocument(
  doc: Y.Doc,
  fields: ArticleDocumentFields,
  origin: unknown = null,
): void {
  doc.transact(() => {
    replaceChangedText(doc.getText(articleDocumentKeys.headline), fields.headline);
    replaceChangedText(doc.getText(articleDocumentKeys.lede), fields.lede);
    const map = doc.getMap<unknown>(articleDocumentKeys.fields);
    for (const key of scalarFields) {
      if (map.get(key) !== fields[key]) map.set(key, fields[key]);
    }
    for (const key of listFields) {
      let list = map.get(key);
      if (!(list instanceof Y.Array)) {
        list = new Y.Array<unknown>();
        map.set(key, list);
      }
      updateList(list as Y.Array<unknown>, fields[key]);
    }
    const fragment = doc.getXmlFragment(articleDocumentKeys.body);
    if (fragment.length === 0) {
      prosemirrorJSONToYXmlFragment(getDocumentSchema(), fields.body, fragment);
    } else {
      const node = ProseMirrorNode.fromJSON(getDocumentSchema(), fields.body);
      updateYFragment(doc, fragment, node, { mapping: new Map(), isOMark: new Map() });
    }
  }, origin);
}

/** The article's fields as the merged Y.Doc holds them, or null for a document with no article yet. */
export function readArticleDocument(doc: Y.Doc): ArticleDocumentFields | null {
  const map = doc.getMap<unknown>(articleDocumentKeys.fields);
  if (!map.has('status')) return null;
  const fragment = doc.getXmlFragment(articleDocumentKeys.body);
  const body = yXmlFragmentToProseMirrorRootNode(
    fragment,
    getDocumentSchema(),
  ).toJSON() as TiptapNode;
  return {
    headline: doc.getText(articleDocumentKeys.headline).toJSON(),
    lede: doc.getText(articleDocumentKeys.lede).toJSON(),
    rubric: map.get('rubric') as string,
    tags: readList(map.get('tags')) as string[],
    bylines: readList(map.get('bylines')) as string[],
    slug: map.get('slug') as string,
    isSlugCustom: map.get('isSlugCustom') as boolean,
    language: map.get('language') as ArticleLanguage,
    status: map.get('status') as ArticleStatus,
    body,
    related: readList(map.get('related')) as RelatedArticle[],
    createdAt: map.get('createdAt') as number,
    publishedAt: map.get('publishedAt') as number | null,
  };
}

/** Replaces only the changed middle, so a concurrent edit elsewhere in the text survives. */
export function replaceChangedText(text: Y.Text, next: string): void {
  const current = text.toJSON();
  if (current === next) return;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current[start] === next[start]) start += 1;
  let end = 0;
  while (end < shorter - start && current[current.length - 1 - end] === next[next.length - 1 - end])
    end += 1;
  // Never split a surrogate pair: step back to the start of a character.
  if (start > 0 && isLowSurrogate(next.charCodeAt(start))) start -= 1;
  if (end > 0 && isLowSurrogate(next.charCodeAt(next.length - end))) end -= 1;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A list as a set: removes what is gone, appends what is new, keeps the rest where it is. */
function updateList(list: Y.Array<unknown>, next: readonly unknown[]): void {
  const wanted = new Set(next.map(keyOf));
  for (let index = list.length - 1; index >= 0; index -= 1) {
    if (!wanted.has(keyOf(list.get(index)))) list.delete(index, 1);
  }
  const present = readList(list).map(keyOf);
  const missing = next.filter((item) => !present.includes(keyOf(item)));
  if (missing.length > 0) list.push(missing);
  // Order follows the person who last arranged it, when the sets agree but the order does not.
  const merged = readList(list);
  if (
    merged.length === next.length &&
    merged.some((item, index) => keyOf(item) !== keyOf(next[index]))
  ) {
    list.delete(0, list.length);
    list.push([...next]);
  }
}

/** Items once each: two machines adding the same tag at once leave it twice in the Y.Array. */
function readList(value: unknown): unknown[] {
  if (!(value instanceof Y.Array)) return [];
  const seen = new Set<string>();
  const items: unknown[] = [];
  for (const item of value.toArray()) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

function keyOf(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'headline' in item) {
    const related = item as RelatedArticle;
    return related.relatedId ?? `headline:${related.headline}`;
  }
  return JSON.stringify(item);
}

/** Who deleted the article on the desk, and when; null while it lives. */
export interface ArticleDeletion {
  at: number;
  by: string;
}

/** Marks the article deleted (or alive again, with null) for every machine of the desk. */
export function writeArticleDeletion(
  doc: Y.Doc,
  deletion: ArticleDeletion | null,
  origin: unknown = null,
): void {
  doc.transact(
    () => doc.getMap<unknown>(articleDocumentKeys.fields).set('deleted', deletion),
    origin,
  );
}

export function readArticleDeletion(doc: Y.Doc): ArticleDeletion | null {
  const value = doc.getMap<unknown>(articleDocumentKeys.fields).get('deleted');
  return value && typeof value === 'object' ? (value as ArticleDeletion) : null;
}
