import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { TextLanguage } from '../../shared/text/textLanguage';
import { addCounts } from '../../shared/editor/countArticle';
import { countText, type TextCounts } from '../../shared/text/countText';

interface BlockCounts {
  language: TextLanguage;
  counts: TextCounts;
  /** Figure captions in the block, which the body's text leaves out as the export's counts do. */
  captions: string[];
}

/**
 * Counts per top-level block. An edit shares every block it did not touch with the document
 * before it, so a recount of a 20,000-word article reads only the paragraph being typed in.
 */
const blockCounts = new WeakMap<ProseMirrorNode, BlockCounts>();

function countBlock(block: ProseMirrorNode, language: TextLanguage): BlockCounts {
  const cached = blockCounts.get(block);
  if (cached?.language === language) return cached;
  const captions: string[] = [];
  const visit = (node: ProseMirrorNode): boolean => {
    if (node.type.name !== 'figure') return !node.isTextblock;
    const caption = String(node.attrs['caption'] ?? '').trim();
    if (caption) captions.push(caption);
    return false;
  };
  if (visit(block)) block.descendants(visit);
  // As `doc.textBetween(…, '\n\n', '\n')` reads this block: breaks between blocks are not counted.
  const text = block.isLeaf ? '' : block.textBetween(0, block.content.size, '\n\n', '\n');
  const counted: BlockCounts = { language, counts: countText(text, language), captions };
  blockCounts.set(block, counted);
  return counted;
}

/** The body's counts (as `countText` of its plain text gives them) and its figure captions. */
export function countBody(
  doc: ProseMirrorNode,
  language: TextLanguage,
): { body: TextCounts; captions: string | null } {
  const parts: TextCounts[] = [];
  const captions: string[] = [];
  doc.forEach((block) => {
    const counted = countBlock(block, language);
    parts.push(counted.counts);
    captions.push(...counted.captions);
  });
  return {
    body: addCounts(parts, language),
    captions: captions.length > 0 ? captions.join('\n\n') : null,
  };
}
