import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findDocumentProblem } from '../editor/validateDocument';
import { createSampleDocument } from '../editor/sampleDocument';
import { tiptapNodeSchema } from '../editor/tiptapJson';
import { documentInputSchema } from './articleSchema';

/** The schema as it was before the shortcut: every body copied by the structural schema. */
const copyingSchema = tiptapNodeSchema.superRefine((document, context) => {
  const problem = findDocumentProblem(document);
  if (problem) context.addIssue({ code: 'custom', message: `body: ${problem}` });
});

const wrap = (schema: z.ZodType) => z.object({ patch: z.object({ body: schema }) });

function outcome(schema: z.ZodType, body: unknown) {
  const result = wrap(schema).safeParse({ patch: { body: structuredClone(body) } });
  return result.success
    ? { data: result.data }
    : { issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const bodies: Record<string, unknown> = {
  'the sample document': createSampleDocument(),
  'a key the schema does not know (stripped)': {
    type: 'doc',
    draft: true,
    content: [paragraph('а')],
  },
  'a mark with an unknown key': {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'x', marks: [{ type: 'bold', colour: 'red' }] }],
      },
    ],
  },
  'a type that is not a string': { type: 'doc', content: [{ type: 5 }] },
  'an empty type (both the structural and the schema issue)': {
    type: 'doc',
    content: [{ type: '' }],
  },
  'a node type the schema lacks': { type: 'doc', content: [{ type: 'blink' }] },
  'not a document': paragraph('x'),
  'a javascript: link': {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:1' } }] },
        ],
      },
    ],
  },
  'an h1': { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] },
  null: null,
  'an array': [],
  'attrs as an array': { type: 'doc', attrs: [], content: [paragraph('а')] },
  'content as an object': { type: 'doc', content: {} },
  'text as a number': {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 3 }] }],
  },
  'attrs with an own __proto__ key': JSON.parse(
    '{"type":"doc","content":[{"type":"paragraph","attrs":{"__proto__":{"a":1}}}]}',
  ) as unknown,
};

describe('documentInputSchema', () => {
  it.each(Object.entries(bodies))('answers as the copying schema did for %s', (_name, body) => {
    expect(outcome(documentInputSchema, body)).toEqual(outcome(copyingSchema, body));
  });

  it('hands back a plain body as it came, without copying it', () => {
    const body = createSampleDocument();
    expect(documentInputSchema.parse(body)).toBe(body);
  });
});
