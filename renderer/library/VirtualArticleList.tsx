import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleListItem } from '../../shared/article/articleQuerySchema';
import { HighlightedSnippet } from './HighlightedSnippet';

const rowHeight = 96;
const overscan = 8;

interface VirtualArticleListProps {
  total: number;
  itemAt: (index: number) => ArticleListItem | undefined;
  ensureRange: (first: number, last: number) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
  /** New results are on their way: announced as `aria-busy`. */
  isBusy?: boolean;
}

/**
 * A list that renders only the rows in view (fixed row height), so scrolling through
 * 100,000 articles stays smooth. Arrow keys move between rows.
 */
export function VirtualArticleList({
  total,
  itemAt,
  ensureRange,
  selectedId,
  onSelect,
  label,
  isBusy = false,
}: VirtualArticleListProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void =>
      setViewport({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan);
  const last = Math.min(
    total - 1,
    Math.ceil((viewport.top + viewport.height) / rowHeight) + overscan,
  );

  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [ensureRange, first, last, total]);

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    event.preventDefault();
    const index = Number(current.dataset['index']) + (event.key === 'ArrowDown' ? 1 : -1);
    if (index < 0 || index >= total) return;
    const element = scroller.current;
    if (element) {
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight)
        element.scrollTop = top + rowHeight - element.clientHeight;
    }
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
    );
  };

  const rows = [];
  for (let index = first; index <= last; index += 1) {
    const item = itemAt(index);
    rows.push(
      <div
        key={index}
        className="virtual-row"
        role="listitem"
        style={{ top: index * rowHeight, height: rowHeight }}
      >
        {item ? (
          <button
            type="button"
            data-index={index}
            className="article-list-item"
            aria-current={item.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(item.id)}
          >
            <span className="article-list-headline">{item.headline || t('library.untitled')}</span>
            <span className="article-list-meta">
              {[
                t(`status.${item.status}`),
                item.rubric,
                new Date(item.updatedAt).toLocaleDateString(),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {item.snippet && <HighlightedSnippet snippet={item.snippet} />}
          </button>
        ) : (
          <span className="article-list-placeholder" aria-hidden="true" />
        )}
      </div>,
    );
  }

  return (
    <div ref={scroller} className="virtual-scroller" onKeyDown={moveFocus}>
      <div
        role="list"
        aria-label={label}
        aria-busy={isBusy}
        data-testid="article-list"
        className="virtual-canvas"
        style={{ height: total * rowHeight }}
      >
        {rows}
      </div>
    </div>
  );
}
