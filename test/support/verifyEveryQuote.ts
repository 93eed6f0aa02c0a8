import type { QuoteKind } from '../../shared/quotes/detectedQuote';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import type { Library } from '../../electron/services/library/openLibrary';
import { FactCheckService } from '../../electron/services/quotes/factCheckService';

/**
 * Does what a fact-checker does in the panel for every quotation Galley found in an article:
 * anchors it in the text, records the speaker Galley suggests and marks it verified.
 */
export function verifyEveryQuote(library: Library, articleId: string, actor = 'checker'): number {
  const facts = new FactCheckService(library);
  const listed = facts.list(articleId);
  if (!listed.ok) throw new Error(listed.failure.message);
  const article = library.articles.get(articleId);
  if (!article) throw new Error(`no article ${articleId}`);
  let body = article.body;
  const anchored: Array<{ id: string; kind: QuoteKind; speaker: string; role: string }> = [];
  listed.value.suggestions.forEach((suggestion, index) => {
    const id = `01JQ${String(index).padStart(2, '0')}${articleId.slice(-20)}`;
    const marked = markText(body, suggestion.text, id);
    if (!marked) throw new Error(`could not find «${suggestion.text}» in one text node`);
    body = marked;
    anchored.push({
      id,
      kind: suggestion.kind,
      speaker: suggestion.speaker,
      role: suggestion.role,
    });
  });
  if (anchored.length === 0) return 0;
  library.articles.update(articleId, { body }, actor);
  for (const quote of anchored) {
    const annotated = facts.annotate(
      { id: quote.id, articleId, kind: quote.kind, speaker: quote.speaker, role: quote.role },
      actor,
    );
    if (!annotated.ok) throw new Error(annotated.failure.message);
    const checked = facts.check(quote.id, { verdict: 'verified', speaker: quote.speaker }, actor);
    if (!checked.ok) throw new Error(checked.failure.message);
  }
  return anchored.length;
}

/** The document with `text` (inside one text node) carrying a quote anchor mark. */
function markText(node: TiptapNode, text: string, id: string): TiptapNode | undefined {
  if (!node.content) return undefined;
  for (let index = 0; index < node.content.length; index += 1) {
    const child = node.content[index]!;
    if (child.type === 'text' && typeof child.text === 'string') {
      const at = child.text.indexOf(text);
      if (at < 0) continue;
      const marks = child.marks ?? [];
      const piece = (value: string, extra: TiptapNode['marks'] = []): TiptapNode[] =>
        value ? [{ ...child, text: value, marks: [...marks, ...(extra ?? [])] }] : [];
      const replaced = [
        ...piece(child.text.slice(0, at)),
        ...piece(text, [{ type: 'quoteAnchor', attrs: { id } }]),
        ...piece(child.text.slice(at + text.length)),
      ].map((part) => (part.marks?.length ? part : { ...part, marks: undefined }));
      const content = [...node.content];
      content.splice(
        index,
        1,
        ...replaced.map(({ marks, ...rest }) => (marks ? { ...rest, marks } : rest)),
      );
      return { ...node, content };
    }
    const inner = markText(child, text, id);
    if (inner) {
      const content = [...node.content];
      content[index] = inner;
      return { ...node, content };
    }
  }
  return undefined;
}
