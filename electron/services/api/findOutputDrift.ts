import type { z } from 'zod';

/**
 * How a handler's value strays from its output schema, or null when it keeps to it: a value
 * the schema refuses, or a field the schema does not declare (zod would silently drop it, so
 * a renderer typed from the contract would never see it, and a private field could ride along
 * unnoticed).
 */
export function findOutputDrift(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`)
      .join('; ');
  }
  const undeclared = findUndeclaredField(value, parsed.data, '');
  return undeclared === null ? null : `${undeclared}: not declared in the contract`;
}

function findUndeclaredField(raw: unknown, parsed: unknown, path: string): string | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (const [index, item] of raw.entries()) {
      const found = findUndeclaredField(item, parsed[index], `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return null;
  for (const [key, item] of Object.entries(raw)) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in parsed)) {
      if (item !== undefined) return at;
      continue;
    }
    const found = findUndeclaredField(item, parsed[key], at);
    if (found !== null) return found;
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
