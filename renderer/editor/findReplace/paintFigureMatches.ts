import type { EditorView } from '@tiptap/pm/view';
import type { ArticleMatch } from '../../../shared/find/articleMatch';

/** The CSS highlights (`::highlight(…)` in findReplace.css) of caption and credit matches. */
export const figureMatchHighlight = 'find-figure-match';
export const activeFigureMatchHighlight = 'find-figure-match-active';

/**
 * Highlights the matches in figures' captions and credits. These are attributes the figure
 * draws as text, not document text, so decorations cannot mark a part of them; the CSS Custom
 * Highlight API paints ranges of the drawn text instead. With no view, the highlights go.
 */
export function paintFigureMatches(
  view: EditorView | null,
  matches: readonly ArticleMatch[],
  activeIndex: number,
): void {
  const registry = typeof CSS === 'undefined' ? undefined : CSS.highlights;
  if (!registry) return;
  // Typing with no search running pays for nothing here: a check per keystroke, no objects.
  const hasFigureMatches =
    view !== null && matches.some((match) => match.field === 'caption' || match.field === 'credit');
  if (!hasFigureMatches && !registry.has(figureMatchHighlight)) return;
  const all = new Highlight();
  const active = new Highlight();
  if (view) {
    matches.forEach((match, index) => {
      if (match.field !== 'caption' && match.field !== 'credit') return;
      const range = figureTextRange(view, match.figure, match.field, match.from, match.to);
      if (range) (index === activeIndex ? active : all).add(range);
    });
  }
  if (all.size === 0 && active.size === 0) {
    registry.delete(figureMatchHighlight);
    registry.delete(activeFigureMatchHighlight);
    return;
  }
  registry.set(figureMatchHighlight, all);
  registry.set(activeFigureMatchHighlight, active);
}

/** The drawn text of a figure's caption or credit, `from`–`to`, as a DOM range. */
function figureTextRange(
  view: EditorView,
  figure: number,
  field: 'caption' | 'credit',
  from: number,
  to: number,
): Range | null {
  const dom = view.nodeDOM(figure);
  if (!(dom instanceof HTMLElement)) return null;
  const caption = dom.querySelector('figcaption');
  if (!caption) return null;
  // The figure draws `<figcaption>caption<span class="credit">credit</span></figcaption>`.
  const holder = field === 'credit' ? caption.querySelector('.credit') : caption;
  const text = [...(holder?.childNodes ?? [])].find((node) => node instanceof Text);
  if (!text || (text.textContent ?? '').length < to) return null;
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return range;
}
