import type { TiptapNode } from './tiptapJson';

const nodeKeys = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const markKeys = new Set(['type', 'attrs']);

/**
 * True when `value` is already exactly what `tiptapNodeSchema` would make of it: plain
 * objects with only the known keys, each of its type, all the way down. Then parsing it
 * would only copy it (a 10,000-word body: about 1 ms and 700 KiB of garbage per autosave).
 * False means "not proven", never "invalid": the caller runs the schema, which strips
 * unknown keys and words the issues.
 */
export function isNormalizedNode(value: unknown): value is TiptapNode {
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    if (!nodeKeys.has(key)) return false;
  }
  if (typeof value['type'] !== 'string' || value['type'].length === 0) return false;
  if ('attrs' in value && !isAttributes(value['attrs'])) return false;
  if ('text' in value && typeof value['text'] !== 'string') return false;
  if ('marks' in value) {
    const marks = value['marks'];
    if (!Array.isArray(marks)) return false;
    for (let index = 0; index < marks.length; index += 1) {
      if (!isNormalizedMark(marks[index])) return false;
    }
  }
  if ('content' in value) {
    const content = value['content'];
    if (!Array.isArray(content)) return false;
    for (let index = 0; index < content.length; index += 1) {
      if (!isNormalizedNode(content[index])) return false;
    }
  }
  return true;
}

/** A mark `isNormalizedNode` accepts: only `type` (a non-empty string) and plain `attrs`. */
export function isNormalizedMark(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    if (!markKeys.has(key)) return false;
  }
  if (typeof value['type'] !== 'string' || value['type'].length === 0) return false;
  return !('attrs' in value) || isAttributes(value['attrs']);
}

/** A record the schema copies key for key: no `__proto__` key, whose copy would differ. */
export function isAttributes(value: unknown): boolean {
  return isPlainRecord(value) && !Object.hasOwn(value, '__proto__');
}

/** An object literal or JSON object (no class instance, array, getter or inherited key). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
