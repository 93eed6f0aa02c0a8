import { toIndexText } from './toIndexText';

/** The index text of each block of a body, by the block's text. */
export type BlockIndexTexts = ReadonlyMap<string, string>;

// Plain text puts a blank line between blocks (extractPlainText), and no word reaches across
// a line break, so the stems of the whole are the stems of its parts in order.
const blockSeparator = '\n\n';

/**
 * `toIndexText(text)` for a body, block by block, taking the stems of every block whose text
 * is in `known` from there: an autosave changes a block or two of a 10,000-word body, and
 * stemming the rest again was a third of the re-indexing after each save. Returns the index
 * text and the blocks' stems for the next call.
 */
export function toIndexTextByBlock(
  text: string,
  known: BlockIndexTexts | undefined,
): { indexText: string; blocks: BlockIndexTexts } {
  const blocks = new Map<string, string>();
  const stems: string[] = [];
  for (const block of text.split(blockSeparator)) {
    let indexText = blocks.get(block) ?? known?.get(block);
    if (indexText === undefined) indexText = toIndexText(block);
    blocks.set(block, indexText);
    if (indexText !== '') stems.push(indexText);
  }
  return { indexText: stems.join(' '), blocks };
}
