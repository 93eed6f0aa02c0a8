import type { BodyBuilder } from './bodyBuilder';

interface OpenLevel {
  /** Builder depth that closes this level's list. */
  listDepth: number;
  /** Builder depth that closes this level's current item. */
  itemDepth: number;
}

/** Deeper levels are folded into the ninth, the deepest Word offers. */
const maxLevel = 9;

/**
 * Turns Word's clipboard lists back into lists. Word pastes each item as a separate
 * `<p style="mso-list:l0 level2 lfo1">` with the bullet or number as text in an
 * `mso-list:Ignore` span; the items of one list are consecutive paragraphs, nesting is
 * the level number, and the kind of list shows only in the marker.
 */
export class WordLists {
  private levels: OpenLevel[] = [];
  private listId = '';
  private baseDepth = 1;
  private expectedDepth = -1;

  constructor(private readonly builder: BodyBuilder) {}

  /** Starts an item of list `listId` ("l0") at `level` (1-based) and opens its paragraph. */
  openItem(listId: string, level: number): void {
    const builder = this.builder;
    const sameList = listId === this.listId && builder.depth === this.expectedDepth;
    if (this.levels.length === 0 || !sameList) {
      this.end();
      this.baseDepth = builder.depth;
      this.listId = listId;
    }
    const target = Math.min(Math.max(Math.trunc(level), 1), maxLevel);
    while (this.levels.length > target) {
      const deeper = this.levels.pop();
      if (deeper) builder.closeTo(deeper.listDepth);
    }
    const current = this.levels[target - 1];
    if (current) builder.closeTo(current.itemDepth);
    while (this.levels.length < target) {
      const listDepth = builder.openContainer('bulletList');
      const level: OpenLevel = { listDepth, itemDepth: listDepth };
      this.levels.push(level);
      // A skipped level still needs an item to hold the deeper list.
      if (this.levels.length < target) level.itemDepth = builder.openContainer('listItem');
    }
    const last = this.levels[target - 1];
    if (last) last.itemDepth = builder.openContainer('listItem');
    builder.openTextBlock('paragraph');
  }

  /** Ends the item's paragraph; the item stays open for a deeper list that may follow. */
  closeItem(): void {
    this.builder.closeTextBlock();
    this.expectedDepth = this.builder.depth;
  }

  /** Reads an item's marker ("1.", "a)", "·", "o", "§"): letters and numbers mean a numbered list. */
  marker(text: string): void {
    if (/^\s*\(?([0-9]+|[a-z]|[ivxlcdm]+|[а-я])[.)]/i.test(text)) {
      this.builder.setOpenListType('orderedList');
    }
  }

  /** Closes any open Word list: something other than a list item came along. */
  end(): void {
    if (this.levels.length === 0) return;
    this.builder.closeTo(this.baseDepth);
    this.levels = [];
  }
}
