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
}

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
 * transparent letters lies over it and draws only the underlines; right-click on one (or F7)
 * opens the spelling menu.
 */
export function SpelledTextArea({ value, onChange, ...props }: SpelledTextAreaProps) {
  const cache = spellingCacheFor(useApiClient());
  const flagged = useFlaggedWords(value, cache);
  const hasFlags = flagged.length > 0;
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
          const marks = backdropRef.current?.querySelectorAll<HTMLElement>('mark') ?? [];
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
          {withMarks(value, flagged)}
        </div>
      )}
    </div>
  );
}

function withMarks(text: string, flagged: SpellingWord[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  flagged.forEach((word, index) => {
    parts.push(text.slice(at, word.from));
    parts.push(
      <mark key={word.from} className="spelling-error" data-index={index}>
        {text.slice(word.from, word.to)}
      </mark>,
    );
    at = word.to;
  });
  // A final line break needs something after it to take up its line, as in the text area.
  parts.push(`${text.slice(at)}\u200b`);
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
