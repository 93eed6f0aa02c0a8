import { describe, expect, it } from 'vitest';
import { documentInputSchema } from './articleSchema';
import { checkDocumentInput } from '../editor/checkDocumentInput';
import { documentJson } from '../editor/documentJson';
import { extractPlainText } from '../editor/extractPlainText';
import type { TiptapNode } from '../editor/tiptapJson';

const body = (last: string): TiptapNode => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Заголовок' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Жирный', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: last, extra: 'dropped' } as TiptapNode,
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
  ],
});

describe('checkDocumentInput', () => {
  it('gives what the full check gives, and the same JSON and text as a plain walk', () => {
    const checked = checkDocumentInput(body('текст'));
    const full = documentInputSchema.safeParse(structuredClone(body('текст')));
    expect(checked).toEqual(full.data);
    expect(checked && documentJson(checked)).toBe(JSON.stringify(full.data));
    expect(checked && extractPlainText(checked)).toBe(extractPlainText(full.data as TiptapNode));
  });

  it('shares the unchanged blocks of the next save, frozen', () => {
    const first = checkDocumentInput(body('один'));
    const second = checkDocumentInput(body('два'));
    expect(second?.content?.[0]).toBe(first?.content?.[0]);
    expect(second?.content?.[1]).not.toBe(first?.content?.[1]);
    expect(Object.isFrozen(second?.content?.[1]?.content?.[0])).toBe(true);
    expect(second && documentJson(second)).toBe(JSON.stringify(second));
  });

  it('leaves a body that does not pass to the full check, which words the refusal', () => {
    const badLevel: TiptapNode = {
      type: 'doc',
      content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'H' }] }],
    };
    expect(checkDocumentInput(badLevel)).toBeNull();
    expect(checkDocumentInput({ type: 'doc', content: [] })).toBeNull();
    expect(checkDocumentInput({ type: 'doc', content: [{ type: 'text', text: 'x' }] })).toBeNull();
    const refused = documentInputSchema.safeParse(badLevel);
    expect(refused.error?.issues[0]?.message).toMatch(/heading level 1/);
  });
});
