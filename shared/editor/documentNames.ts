/**
 * The node types of the article schema, by name. `documentSchema.test.ts` checks this list
 * against `getDocumentSchema()`, and the importer's and exporter's tables are records
 * keyed by it, so an extension added to the schema is a failing test until it is listed
 * here and then a compile error in every table that does not yet say how to read or
 * write it.
 */
export const documentNodeNames = [
  'doc',
  'text',
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
  'horizontalRule',
  'figure',
] as const;

/** The mark types of the article schema, by name (see {@link documentNodeNames}). */
export const documentMarkNames = [
  'link',
  'bold',
  'italic',
  'strike',
  'underline',
  'superscript',
  'subscript',
  'quoteAnchor',
  'commentAnchor',
] as const;

/** A node type of the article schema. */
export type DocumentNodeName = (typeof documentNodeNames)[number];

/** A mark type of the article schema. */
export type DocumentMarkName = (typeof documentMarkNames)[number];

/** True when `name` is a node type of the article schema (stored JSON may say anything). */
export function isDocumentNodeName(name: unknown): name is DocumentNodeName {
  return (documentNodeNames as readonly unknown[]).includes(name);
}

/** True when `name` is a mark type of the article schema. */
export function isDocumentMarkName(name: unknown): name is DocumentMarkName {
  return (documentMarkNames as readonly unknown[]).includes(name);
}
