import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { findSpellingWords, type SpellingWord } from '../../shared/spell/findSpellingWords';
import { useApiClient } from '../api/ApiClientContext';
import { spellingCacheFor, type SpellingCache } from './SpellingCache';
import './spelling.css';

interface SpelledTextAreaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange'
> {
  value: string;
  onChange: (value: string) => void;
  /** Stretches to highlight (find and replace's matches), one of them perhaps the active one. */
  highlights?: readonly TextHighlight[];
  /** A new value brings the active highlight into view and selects its text. */
  revealHighlight?: number;
}

/** A highlighted stretch of the text: `from`–`to` as offsets into the value. */
export interface TextHighlight {
  from: number;
  to: number;
  active: boolean;
}

const noHighlights: readonly TextHighlight[] = [];

/** How long typing must pause before the field is looked at again. */
const idleMs = 400;
const copiedStyles = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'paddingTop',
  'paddingLeft',
  'paddingBottom',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

/**
 * A text area whose misspelled words are underlined like the body's: a copy of its text with
 * transparent letters lies over it and draws only the underlines (and find's highlights);
 * right-click on one (or F7) opens the spelling menu.
 */
export function SpelledTextArea({
  value,
  onChange,
  highlights = noHighlights,
  revealHighlight,
  ...props
}: SpelledTextAreaProps) {
  const cache = spellingCacheFor(useApiClient());
  const flagged = useFlaggedWords(value, cache);
  // Find's highlights only while they still fit the text (the value may be newer).
  const shown = highlights.filter((highlight) => highlight.to <= value.length);
  const hasFlags = flagged.length > 0 || shown.length > 0;
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const area = areaRef.current;
    const backdrop = backdropRef.current;
    if (!area || !backdrop) return;
    const fit = () => {
      const style = getComputedStyle(area);
      for (const property of copiedStyles) backdrop.style[property] = style[property];
      const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
      // A scroll bar narrows the text: the copy keeps the same width of text.
      const scrollBar = area.offsetWidth - area.clientWidth - borders;
      backdrop.style.paddingRight = `${parseFloat(style.paddingRight) + scrollBar}px`;
      backdrop.style.left = `${area.offsetLeft}px`;
      backdrop.style.top = `${area.offsetTop}px`;
      backdrop.style.width = `${area.offsetWidth}px`;
      backdrop.style.height = `${area.offsetHeight}px`;
      backdrop.scrollTop = area.scrollTop;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(area);
    return () => observer.disconnect();
  }, [hasFlags]);

  useEffect(() => {
    if (revealHighlight === undefined) return;
    const area = areaRef.current;
    const mark = backdropRef.current?.querySelector<HTMLElement>('mark.find-match.active');
    const active = highlights.find((highlight) => highlight.active);
    if (!area || !mark || !active) return;
    // The selection is what focus returns to when the panel closes.
    area.setSelectionRange(active.from, active.to);
    const isInside =
      mark.offsetTop >= area.scrollTop &&
      mark.offsetTop + mark.offsetHeight <= area.scrollTop + area.clientHeight;
    if (!isInside) area.scrollTop = mark.offsetTop - area.clientHeight / 2;
    if (backdropRef.current) backdropRef.current.scrollTop = area.scrollTop;
    area.scrollIntoView({ block: 'nearest' });
    // Only a new reveal moves the view; the highlights change as the text is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealHighlight]);

  const openMenu = (word: SpellingWord, x: number, y: number) => {
    cache.openMenu({
      word: word.word,
      x,
      y,
      replace: (replacement) => {
        const current = areaRef.current?.value ?? value;
        if (current.slice(word.from, word.to) !== word.word) return;
        onChange(current.slice(0, word.from) + replacement + current.slice(word.to));
      },
      restoreFocus: () => areaRef.current?.focus(),
    });
  };

  return (
    <div className="spelled-field">
      <textarea
        {...props}
        ref={areaRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (backdropRef.current) backdropRef.current.scrollTop = event.currentTarget.scrollTop;
        }}
        onContextMenu={(event) => {
          // The copy takes no pointer events (the text area must get them), so the word under
          // the pointer is found by the underlines' boxes.
          const marks =
            backdropRef.current?.querySelectorAll<HTMLElement>('mark[data-index]') ?? [];
          const under = [...marks].find((mark) =>
            [...mark.getClientRects()].some(
              (box) =>
                event.clientX >= box.left &&
                event.clientX <= box.right &&
                event.clientY >= box.top &&
                event.clientY <= box.bottom,
            ),
          );
          const word = under ? flagged[Number(under.dataset.index)] : undefined;
          if (!word) return;
          event.preventDefault();
          openMenu(word, event.clientX, event.clientY);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'F7') return;
          const caret = event.currentTarget.selectionStart;
          const word = flagged.find((candidate) => candidate.to >= caret);
          if (!word) return;
          event.preventDefault();
          const box = event.currentTarget.getBoundingClientRect();
          openMenu(word, box.left + 16, box.bottom);
        }}
      />
      {hasFlags && (
        <div ref={backdropRef} className="spelling-backdrop" aria-hidden="true">
          {withMarks(value, flagged, shown)}
        </div>
      )}
    </div>
  );
}

function withMarks(
  text: string,
  flagged: readonly SpellingWord[],
  highlights: readonly TextHighlight[],
): ReactNode[] {
  // Misspellings and find's highlights may overlap: the text is cut at every edge of either,
  // and each piece is marked with whatever covers it.
  const edges = new Set<number>([0, text.length]);
  for (const { from, to } of [...flagged, ...highlights]) {
    edges.add(from);
    edges.add(to);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const from = cuts[index] ?? 0;
    const to = cuts[index + 1] ?? from;
    const piece = text.slice(from, to);
    const word = flagged.findIndex((candidate) => candidate.from <= from && to <= candidate.to);
    const highlight = highlights.find((candidate) => candidate.from <= from && to <= candidate.to);
    if (word < 0 && !highlight) {
      parts.push(piece);
      continue;
    }
    const classes = [
      word >= 0 ? 'spelling-error' : '',
      highlight ? (highlight.active ? 'find-match active' : 'find-match') : '',
    ];
    parts.push(
      <mark
        key={from}
        className={classes.filter(Boolean).join(' ')}
        data-index={word >= 0 ? word : undefined}
      >
        {piece}
      </mark>,
    );
  }
  // A final line break needs something after it to take up its line, as in the text area.
  parts.push('\u200b');
  return parts;
}

/** The field's misspelled words, read again when typing pauses or the checker answers. */
function useFlaggedWords(value: string, cache: SpellingCache): SpellingWord[] {
  const [flagged, setFlagged] = useState<SpellingWord[]>([]);

  useEffect(() => {
    const look = () => {
      const text = value;
      setFlagged(
        cache.enabled
          ? findSpellingWords(text).filter(
              ({ word }) => word.length <= 80 && cache.isMisspelled(word) === true,
            )
          : [],
      );
    };
    const timer = setTimeout(look, idleMs);
    const unsubscribe = cache.subscribe(look);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [value, cache]);

  // Until typing pauses, underlines already shown stay only where the text still matches.
  return flagged.filter((word) => value.slice(word.from, word.to).replace(/’/g, "'") === word.word);
}
