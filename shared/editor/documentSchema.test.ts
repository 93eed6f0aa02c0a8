import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { createDocumentExtensions } from './documentExtensions';
import { documentMarkNames, documentNodeNames } from './documentNames';
import { getDocumentSchema } from './documentSchema';
import { createSampleDocument, sampleImageId } from './sampleDocument';

function findNode(document: ProseMirrorNode, typeName: string): ProseMirrorNode {
  let found: ProseMirrorNode | undefined;
  document.descendants((node) => {
    found ??= node.type.name === typeName ? node : undefined;
    return !found;
  });
  if (!found) throw new Error(`no ${typeName} in the document`);
  return found;
}

/** A stand-in for the DOM element a parse rule receives; shared tests run without a DOM. */
function fakeElement(
  attributes: Record<string, string>,
  children: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  return {
    nodeType: 1,
    textContent: '',
    childNodes: [],
    getAttribute: (name: string) => attributes[name] ?? null,
    querySelector: (selector: string) => children[selector] ?? null,
    ...extra,
  };
}

describe('getDocumentSchema', () => {
  // The importer's and exporter's tables are keyed by these lists: an extension added to
  // the schema fails here until it is listed, and then fails to compile until every table
  // says how to read and write it.
  it('has exactly the nodes and marks of documentNodeNames and documentMarkNames', () => {
    const schema = getDocumentSchema();
    expect(Object.keys(schema.nodes).sort()).toEqual([...documentNodeNames].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...documentMarkNames].sort());
  });

  it('round-trips a document using every node and mark through JSON', () => {
    const json = createSampleDocument();
    const node = getDocumentSchema().nodeFromJSON(json);
    node.check();
    expect(node.toJSON()).toEqual(json);
    const types = new Set<string>();
    node.descendants((child) => {
      types.add(child.type.name);
      for (const mark of child.marks) types.add(mark.type.name);
    });
    const schema = getDocumentSchema();
    for (const name of [...Object.keys(schema.nodes), ...Object.keys(schema.marks)]) {
      if (name !== 'doc') expect(types).toContain(name);
    }
  });

  it('renders a figure as figure > img + figcaption with the credit', () => {
    const schema = getDocumentSchema();
    const figure = findNode(schema.nodeFromJSON(createSampleDocument()), 'figure');
    expect(figure.type.spec.toDOM?.(figure)).toEqual([
      'figure',
      { 'data-image-id': sampleImageId },
      ['img', { src: `images/${sampleImageId}`, alt: 'Площадь' }],
      ['figcaption', 'Площадь', ['span', { class: 'credit' }, 'Фото: ТАСС']],
    ]);
  });

  it('takes the image URL from the imageUrl option', () => {
    const schema = getSchema(
      createDocumentExtensions({ imageUrl: (id) => `galley-image://library/${id}` }),
    );
    const figure = schema.nodes['figure']?.create({ imageId: sampleImageId });
    const spec = figure && figure.type.spec.toDOM?.(figure);
    expect(spec).toEqual([
      'figure',
      { 'data-image-id': sampleImageId },
      ['img', { src: `galley-image://library/${sampleImageId}`, alt: '' }],
      ['figcaption', '', ['span', { class: 'credit' }, '']],
    ]);
  });

  it('renders superscript, subscript and links', () => {
    const schema = getDocumentSchema();
    const render = (name: string, attrs?: Record<string, unknown>) => {
      const type = schema.marks[name];
      return type?.spec.toDOM?.(type.create(attrs), true);
    };
    expect(render('superscript')).toEqual(['sup', {}, 0]);
    expect(render('subscript')).toEqual(['sub', {}, 0]);
    expect(render('link', { href: 'https://example.com/' })).toEqual([
      'a',
      {
        href: 'https://example.com/',
        target: '_blank',
        rel: 'noopener noreferrer nofollow',
        class: null,
        title: null,
      },
      0,
    ]);
    // A link that slipped past validation is rendered without its target.
    expect(render('link', { href: 'javascript:alert(1)' })).toMatchObject(['a', { href: '' }, 0]);
  });

  it('keeps superscript and subscript off the same text', () => {
    const schema = getDocumentSchema();
    const superscript = schema.marks['superscript']?.create();
    const subscript = schema.marks['subscript']?.create();
    if (!superscript || !subscript) throw new Error('marks missing');
    expect(subscript.addToSet([superscript]).map((mark) => mark.type.name)).toEqual(['subscript']);
  });

  it('parses a figure from HTML and ignores figures without a library image', () => {
    const rule = getDocumentSchema().nodes['figure']?.spec.parseDOM?.[0];
    expect(rule && 'tag' in rule ? rule.tag : undefined).toBe('figure[data-image-id]');
    const getAttrs = rule?.getAttrs as ((element: unknown) => unknown) | undefined;
    const caption = {
      childNodes: [
        { nodeType: 3, textContent: ' Красная\n площадь ' },
        fakeElement({ class: 'credit' }, {}, { textContent: 'Фото: ТАСС' }),
      ],
    };
    const figure = fakeElement(
      { 'data-image-id': sampleImageId, caption: 'not this' },
      { img: fakeElement({ alt: 'Площадь' }), figcaption: caption },
    );
    expect(getAttrs?.(figure)).toEqual({
      imageId: sampleImageId,
      alt: 'Площадь',
      caption: 'Красная площадь',
      credit: 'Фото: ТАСС',
    });
    expect(getAttrs?.(fakeElement({ 'data-image-id': 'https://evil.example/x.png' }))).toBe(false);
  });
});
