import type { GeneratedArticle } from './generateArticle';

/** Article text as Markdown text: the characters Markdown would read as syntax are escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_<>#[\]]/g, (char) => `\\${char}`);
}

/** Keeps the [text](url) links the generator wrote, escaping the rest. */
function escapeInline(text: string): string {
  const parts = text.split(/(\[[^\]]+\]\(https:\/\/[^)\s]+\))/);
  return parts.map((part, index) => (index % 2 === 1 ? part : escapeText(part))).join('');
}

function yamlString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The article as a Markdown file with front matter (title, lede, rubric, tags, authors,
 * lang, related), as Galley's importer and pandoc both read it. Figures are embedded as
 * `data:` PNGs with a title, which both turn into a figure with a caption.
 */
export function toMarkdown(article: GeneratedArticle, images: readonly string[]): string {
  const lines = [
    '---',
    `title: ${yamlString(article.headline)}`,
    `lede: ${yamlString(article.lede)}`,
    `rubric: ${yamlString(article.rubric)}`,
    `tags: [${article.tags.map(yamlString).join(', ')}]`,
    `authors: [${article.authors.map(yamlString).join(', ')}]`,
    `lang: ${article.language}`,
  ];
  if (article.related.length) {
    lines.push('related:');
    for (const headline of article.related) lines.push(`  - ${yamlString(headline)}`);
  }
  lines.push('---', '');
  for (const block of article.blocks) {
    switch (block.kind) {
      case 'paragraph':
        lines.push(escapeInline(block.text), '');
        break;
      case 'heading':
        lines.push(`## ${escapeText(block.text)}`, '');
        break;
      case 'list':
        block.items.forEach((item, index) =>
          lines.push(`${block.ordered ? `${index + 1}.` : '-'} ${escapeInline(item)}`),
        );
        lines.push('');
        break;
      case 'figure':
        lines.push(
          `![${escapeText(block.alt)}](${images[block.image] ?? ''} "${block.caption.replace(/"/g, '')}")`,
          '',
        );
        break;
      case 'blockquote':
        lines.push(`> ${escapeInline(block.text)}`, '>', `> ${escapeText(block.attribution)}`, '');
        break;
    }
  }
  return lines.join('\n');
}
