import type { QuoteAnnotation } from './quoteAnnotationSchema';

/**
 * An article's fact-check annotations as a W3C Web Annotation collection (JSON-LD), each
 * target located by a TextQuoteSelector and a TextPositionSelector over the plain text.
 * An internal report: it carries private notes and never goes into published output.
 */
export function toWebAnnotations(
  articleId: string,
  annotations: readonly QuoteAnnotation[],
): Record<string, unknown> {
  const source = `urn:galley:article:${articleId}`;
  const items = annotations.map((annotation) => {
    const body: Array<Record<string, unknown>> = [
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: annotation.state === 'orphaned' ? 'orphaned' : annotation.verdict,
      },
    ];
    if (annotation.speaker) {
      body.push({
        type: 'TextualBody',
        purpose: 'identifying',
        value: annotation.role ? `${annotation.speaker}, ${annotation.role}` : annotation.speaker,
      });
    }
    if (annotation.sourceKind !== 'none' || annotation.sourceRef) {
      body.push({
        type: 'TextualBody',
        purpose: 'linking',
        value: [annotation.sourceKind, annotation.sourceRef, annotation.sourceTimecode]
          .filter(Boolean)
          .join(' '),
      });
    }
    if (annotation.note)
      body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note });
    return {
      id: `urn:galley:annotation:${annotation.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: new Date(annotation.createdAt).toISOString(),
      modified: new Date(annotation.updatedAt).toISOString(),
      creator: { type: 'Person', name: annotation.checkedBy || annotation.createdBy },
      body,
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: annotation.exact,
            prefix: annotation.prefix,
            suffix: annotation.suffix,
          },
          { type: 'TextPositionSelector', start: annotation.start, end: annotation.end },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}:annotations`,
    type: 'AnnotationCollection',
    label: 'Galley fact-check annotations (internal)',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
