import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ArticleListItem } from '../../shared/article/articleQuerySchema';
import type { ArticlePresence } from '../../shared/desk/presenceSchema';
import { EditingNowMarker } from './EditingNowMarker';
import { HighlightedSnippet } from './HighlightedSnippet';
import { libraryPageSize } from './libraryFilters';
import type { PageRange } from './useLibraryPages';
import { useRowWindow } from './useRowWindow';
import { useDateFormat } from '../i18n/useDateFormat';

const rowHeight = 96;
const overscan = 8;

interface VirtualArticleListProps {
  total: number;
  itemAt: (index: number) => ArticleListItem | undefined;
  /** Told which pages the rows in view (and the overscan) fall on, when that changes. */
  onPageRange: (range: PageRange) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
  /** New results are on their way: announced as `aria-busy`. */
  isBusy?: boolean;
  /** Who on another workstation has which article open now (joined to a desk). */
  editingNow?: ReadonlyMap<string, ArticlePresence['people']>;
}

/**
 * The library list, virtualised with a fixed row height (`useRowWindow`): only the rows in view
 * are in the page, so scrolling through 100,000 articles stays smooth. Arrow keys move
 * between rows.
 */
export function VirtualArticleList({
  total,
  itemAt,
  onPageRange,
  selectedId,
  onSelect,
  label,
  isBusy = false,
  editingNow,
}: VirtualArticleListProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useRowWindow(scroller, total, rowHeight, overscan);
  const keys = new Set<string>();
  const firstPage = Math.floor(Math.max(rows.first, 0) / libraryPageSize);
  const lastPage = Math.floor(Math.max(rows.last, 0) / libraryPageSize);

  useEffect(() => {
    onPageRange({ first: firstPage, last: lastPage });
  }, [onPageRange, firstPage, lastPage]);

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    event.preventDefault();
    const index = Number(current.dataset['index']) + (event.key === 'ArrowDown' ? 1 : -1);
    if (index < 0 || index >= total) return;
    rows.scrollToIndex(index);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
    );
  };

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
        {indexes(rows.first, rows.last).map((index) => {
          const item = itemAt(index);
          const editors = item ? editingNow?.get(item.id) : undefined;
          // A row keeps its article's element when the list reorders (a save moves an article to
          // the top): keyed by position, a click aimed at one headline could open the article
          // that took its place. While pages refetch an article may sit in two rows at once.
          const key = item && !keys.has(item.id) ? item.id : `row-${index}`;
          keys.add(key);
          return (
            <div
              key={key}
              className="virtual-row"
              role="listitem"
              style={{ top: index * rowHeight, height: rowHeight }}
            >
              {item ? (
                <ArticleRow
                  item={item}
                  index={index}
                  isSelected={item.id === selectedId}
                  editors={editors}
                  onSelect={onSelect}
                  t={t}
                  formatDate={formatDate.date}
                />
              ) : (
                <span className="article-list-placeholder" aria-hidden="true" />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface ArticleRowProps {
  item: ArticleListItem;
  index: number;
  isSelected: boolean;
  editors: ArticlePresence['people'] | undefined;
  onSelect: (id: string) => void;
  t: TFunction;
  formatDate: (at: number) => string;
}

/**
 * A row's article, memoised: a click on a filter renders the list twice (busy, then the answer)
 * and only rows whose article, selection or editors changed render again.
 */
const ArticleRow = memo(function ArticleRow({
  item,
  index,
  isSelected,
  editors,
  onSelect,
  t,
  formatDate,
}: ArticleRowProps) {
  return (
    <button
      type="button"
      data-index={index}
      className="article-list-item"
      aria-current={isSelected ? 'true' : undefined}
      onClick={() => onSelect(item.id)}
    >
      <span className="article-list-headline">{item.headline || t('library.untitled')}</span>
      <span className="article-list-meta">
        {editors && <EditingNowMarker people={editors} />}
        {[t(`status.${item.status}`), item.rubric, formatDate(item.updatedAt)]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {item.snippet && <HighlightedSnippet snippet={item.snippet} />}
    </button>
  );
});

function indexes(first: number, last: number): number[] {
  const result: number[] = [];
  for (let index = first; index <= last; index += 1) result.push(index);
  return result;
}
