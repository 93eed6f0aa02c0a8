import { Parser } from 'htmlparser2';
import { getDocumentSchema } from '../editor/documentSchema';
import type { TiptapMark } from '../editor/tiptapJson';
import type { BodyBuilder } from './bodyBuilder';
import { decodeImageDataUri } from './decodeImageDataUri';
import { HtmlFigures } from './htmlFigures';
import { elementRole, markChange, parseStyle, type ElementRole } from './htmlRules';
import { ImportLimitError } from './importLimitError';
import { safeLinkHref } from './safeLinkHref';
import { WordLists } from './wordLists';

/** What the page says about itself in `<title>`, `<meta>` and `lang`. */
export interface HtmlMetadata {
  title: string;
  /** Meta `content` by lowercased `name` or `property`, in document order. */
  meta: ReadonlyMap<string, readonly string[]>;
  language: string;
}

interface Frame {
  /** This element and everything in it is dropped. */
  skip: boolean;
  onClose: (() => void)[];
}

type TextSink = 'title' | 'marker' | 'caption' | 'credit' | null;

/**
 * htmlparser2 spends time proportional to the open-element depth on every tag, so a file
 * of nothing but opening tags would take hours; real documents stay far below this.
 */
const maxElementDepth = 1000;

/**
 * Walks HTML with htmlparser2's event parser (no DOM and no recursion, so a deep document
 * cannot exhaust the stack) and tells a BodyBuilder what it finds. Only what the builder
 * can express comes out: elements map to schema nodes and marks; every attribute is read,
 * never kept.
 */
export class HtmlWalker {
  private readonly stack: Frame[] = [];
  private marks: ReadonlyMap<string, TiptapMark> = new Map();
  private preserveDepth = 0;
  private headingDepth = 0;
  private readonly figures: HtmlFigures;
  private sink: TextSink = null;
  private marker = '';
  private active: boolean;
  private scopeDone = false;
  private readonly wordLists: WordLists;
  private title = '';
  private readonly meta = new Map<string, string[]>();
  private language = '';

  /**
   * @param scope When set (e.g. "article"), only the first such element becomes body;
   *   the rest of the page (menus, sidebars, footers) is read for metadata only.
   */
  constructor(
    private readonly builder: BodyBuilder,
    private readonly scope: string | null = null,
  ) {
    this.active = scope === null;
    this.wordLists = new WordLists(builder);
    this.figures = new HtmlFigures(builder);
  }

  /**
   * Feeds a whole HTML string (a page or a fragment) into the builder. Throws an
   * ImportLimitError for HTML nested too deeply to be a document.
   */
  walk(html: string): void {
    const parser = new Parser({
      onopentag: (name, attributes) => this.open(name, attributes),
      onclosetag: () => this.close(),
      ontext: (text) => this.text(text),
    });
    parser.write(html);
    parser.end();
    this.wordLists.end();
  }

  /** Title, meta tags and language seen so far. */
  get metadata(): HtmlMetadata {
    return { title: collapse(this.title), meta: this.meta, language: this.language };
  }

  private open(tag: string, attributes: Record<string, string>): void {
    if (this.stack.length >= maxElementDepth) {
      throw new ImportLimitError(`the HTML is nested more than ${maxElementDepth} elements deep`);
    }
    const frame: Frame = { skip: false, onClose: [] };
    this.stack.push(frame);
    if (this.stack.at(-2)?.skip) {
      frame.skip = true;
      return;
    }
    if (tag === 'meta') this.readMeta(attributes);
    const lang = attributes['lang'];
    if (lang && !this.language) this.language = lang.toLowerCase();
    if (tag === 'title') {
      if (!this.title) this.divert(frame, 'title');
      else frame.skip = true;
      return;
    }
    if (!this.active) {
      if (tag !== this.scope || this.scopeDone) return;
      this.active = true;
      frame.onClose.push(() => {
        this.active = false;
        this.scopeDone = true;
      });
    }
    const style = parseStyle(attributes['style']);
    const msoList = style.get('mso-list');
    if (msoList === 'ignore') {
      this.marker = '';
      this.divert(frame, 'marker');
      frame.onClose.push(() => this.wordLists.marker(this.marker));
      return;
    }
    const role = elementRole(tag, attributes);
    if (role.kind === 'drop') {
      frame.skip = true;
      return;
    }
    const wordItem = /^(l\d+)\s+level(\d+)/.exec(msoList ?? '');
    if (tag === 'p' && wordItem?.[1] && this.sink === null) {
      this.wordLists.openItem(wordItem[1], Number(wordItem[2]));
      frame.onClose.push(() => this.wordLists.closeItem());
    } else {
      this.applyRole(role, tag, attributes, frame);
    }
    const href = tag === 'a' ? safeLinkHref(attributes['href'] ?? '') : null;
    const change = markChange(tag, attributes, href);
    if (change) {
      const saved = this.marks;
      const next = new Map(saved);
      for (const type of change.remove) next.delete(type);
      for (const mark of change.add) {
        // Of marks the schema excludes from each other (superscript and subscript), the
        // inner element's wins; a mark set again moves inside the others.
        for (const type of next.keys()) if (marksExclude(mark.type, type)) next.delete(type);
        next.set(mark.type, mark);
      }
      this.marks = next;
      frame.onClose.push(() => (this.marks = saved));
    }
  }

  private applyRole(
    role: ElementRole,
    tag: string,
    attributes: Record<string, string>,
    frame: Frame,
  ): void {
    const builder = this.builder;
    const isBlock = !['inline', 'break', 'image', 'quote'].includes(role.kind);
    if (isBlock) {
      this.wordLists.end();
      frame.onClose.push(() => this.wordLists.end());
    }
    switch (role.kind) {
      case 'paragraph':
        if (tag === 'figcaption' && this.figures.isOpen) this.divert(frame, 'caption');
        if (role.preserve) {
          this.preserveDepth += 1;
          frame.onClose.push(() => (this.preserveDepth -= 1));
        }
        if (this.headingDepth > 0 || this.sink !== null) return;
        builder.closeTextBlock();
        frame.onClose.push(() => builder.closeTextBlock());
        return;
      case 'heading':
        if (this.headingDepth > 0 || this.sink !== null) return;
        builder.openTextBlock('heading', { level: role.level });
        this.headingDepth += 1;
        frame.onClose.push(() => {
          builder.closeTextBlock();
          this.headingDepth -= 1;
        });
        return;
      case 'container': {
        const start = Number(attributes['start']);
        const attrs =
          role.type === 'orderedList' && Number.isSafeInteger(start) && start >= 0 && start !== 1
            ? { start }
            : undefined;
        const depth = builder.openContainer(role.type, attrs);
        frame.onClose.push(() => builder.closeTo(depth));
        return;
      }
      case 'rule':
        if (this.sink === null) builder.addHorizontalRule();
        return;
      case 'break':
        if (this.sink === null) builder.addHardBreak();
        else this.text(' ');
        return;
      case 'image':
        this.image(attributes);
        return;
      case 'figure':
        this.figures.start();
        frame.onClose.push(() => this.figures.end());
        return;
      case 'quote': {
        const [opening, closing] = this.language.startsWith('ru') ? ['«', '»'] : ['“', '”'];
        this.text(opening);
        frame.onClose.push(() => this.text(closing));
        return;
      }
      case 'inline':
        // Captions mark their credit line with <small>, <cite> or a class that says so.
        if (
          this.sink === 'caption' &&
          (/^(small|cite)$/.test(tag) ||
            /credit|copyright|author|source/i.test(attributes['class'] ?? ''))
        ) {
          this.divert(frame, 'credit');
        }
        return;
      case 'drop':
        return;
    }
  }

  private close(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    for (let index = frame.onClose.length - 1; index >= 0; index -= 1) frame.onClose[index]?.();
  }

  private text(text: string): void {
    if (this.stack.at(-1)?.skip) return;
    switch (this.sink) {
      case 'title':
        this.title += text;
        return;
      case 'marker':
        this.marker += text;
        return;
      case 'caption':
        this.figures.appendCaption(text);
        return;
      case 'credit':
        this.figures.appendCredit(text);
        return;
      case null:
        if (this.active) this.builder.addText(text, this.currentMarks(), this.preserveDepth > 0);
    }
  }

  private currentMarks(): TiptapMark[] {
    const marks = [...this.marks.values()];
    // Underline on a link is how editors draw links (Google Docs spells it out), not emphasis.
    return this.marks.has('link') ? marks.filter((mark) => mark.type !== 'underline') : marks;
  }

  /** Sends the element's text somewhere other than the body until it closes. */
  private divert(frame: Frame, sink: TextSink): void {
    const saved = this.sink;
    this.sink = sink;
    frame.onClose.push(() => (this.sink = saved));
  }

  private image(attributes: Record<string, string>): void {
    if (!this.active) return;
    // Only images carried in the file itself: a remote one would be a hot link (and a tracker).
    const image = decodeImageDataUri(attributes['src'] ?? '');
    if (!image) return;
    this.figures.addImage(image, attributes['alt'] ?? '', attributes['title'] ?? '');
  }

  private readMeta(attributes: Record<string, string>): void {
    const key = (attributes['property'] ?? attributes['name'] ?? '').trim().toLowerCase();
    const content = collapse(attributes['content'] ?? '');
    if (!key || !content) return;
    const values = this.meta.get(key) ?? [];
    values.push(content);
    this.meta.set(key, values);
  }
}

/** Text as a browser would show it on one line. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** True when the schema lets `type` not stand together with `other` (itself included). */
function marksExclude(type: string, other: string): boolean {
  const { marks } = getDocumentSchema();
  const otherType = marks[other];
  return otherType !== undefined && marks[type]?.excludes(otherType) === true;
}
