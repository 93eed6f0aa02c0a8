import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createDocumentExtensions } from './documentExtensions';

let cachedSchema: Schema | undefined;

/** The ProseMirror schema of an article body, built once from the shared extension list. */
export function getDocumentSchema(): Schema {
  cachedSchema ??= getSchema(createDocumentExtensions());
  return cachedSchema;
}
