import { memo, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleSortKeys, articleStatuses } from '../../shared/article/articleFieldNames';
import type { ArticleSortKey } from '../../shared/article/articleQuerySchema';
import { DateField } from '../i18n/DateField';
import { menuCommandEvent, type MenuCommand } from '../api/galleyBridge';
import { useApiQuery } from '../api/useApiQuery';
import { DeskNotices } from './DeskNotices';
import { useDeskChanges } from './useDeskChanges';
import { useEditingNow } from './useEditingNow';
import { AssignmentNotifications } from '../queue/AssignmentNotifications';
import { MyQueueButton } from '../queue/MyQueueButton';
import {
  emptyLibraryFilters,
  libraryFilterReducer,
  type LibraryFilterForm,
  personPrefix,
  toLibraryQuery,
} from './libraryFilters';
import './library.css';
import { useImportFiles } from './useImportFiles';
import { useLibraryPages, type PageRange } from './useLibraryPages';
import { SearchBox } from './SearchBox';
import { VirtualArticleList } from './VirtualArticleList';

interface LibraryPanelProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: () => void;
  children?: React.ReactNode;
}

const noLists = { rubrics: [], tags: [], bylines: [], speakers: [] };
// Fed by their own queries, they have nothing new when a filter is clicked or a key typed in the
// search box, which re-render the panel.
const QueueButton = memo(MyQueueButton);
const Notices = memo(DeskNotices);
const Assignments = memo(AssignmentNotifications);
// The order the language filter has always offered them in.
const articleLanguages = ['ru', 'en'] as const;

/** The library: search as you type, filters, sort, counts per status, and the article list. */
export function LibraryPanel({ selectedId, onSelect, onCreate, children }: LibraryPanelProps) {
  const { t } = useTranslation();
  const importer = useImportFiles(onSelect);
  useDeskChanges();
  const editingNow = useEditingNow();
  const fileInput = useRef<HTMLInputElement>(null);
  const [isDropTarget, setIsDropTarget] = useState(false);
  const [form, dispatch] = useReducer(libraryFilterReducer, emptyLibraryFilters);
  // Stable, so the memoised filters (hundreds of tags and bylines as options) skip the render
  // every click on a status or keystroke in the search box makes.
  const change = useCallback(
    (patch: Partial<LibraryFilterForm>): void => dispatch({ type: 'change', patch }),
    [],
  );
  const languageLabel = useCallback((code: string) => t(`language.${code}`), [t]);
  const [pageRange, setPageRange] = useState<PageRange>({ first: 0, last: 0 });
  const onPageRange = useCallback(
    (range: PageRange) =>
      setPageRange((current) =>
        current.first === range.first && current.last === range.last ? current : range,
      ),
    [],
  );
  // The form holds the text asked for, not the text typed: the box keeps that (see SearchBox).
  const onSearch = useCallback(
    (search: string) => dispatch({ type: 'change', patch: { search } }),
    [],
  );

  useEffect(() => {
    const onMenu = (event: Event): void => {
      if ((event as CustomEvent<MenuCommand>).detail === 'import') fileInput.current?.click();
    };
    window.addEventListener(menuCommandEvent, onMenu);
    return () => window.removeEventListener(menuCommandEvent, onMenu);
  }, []);

  const pages = useLibraryPages(toLibraryQuery(form), pageRange);
  // The filters' choices wait for the first page: the server answers one call at a time, and
  // at 100,000 articles the lists take longer than the page the window opens with.
  const lists = useApiQuery('lists:get', {}, { enabled: pages.total !== null }).data ?? noLists;
  const people = useApiQuery('people:list', {}, { enabled: pages.total !== null }).data;
  const allCount = pages.statusCounts
    ? Object.values(pages.statusCounts).reduce((sum, count) => sum + count, 0)
    : null;

  return (
    <nav
      className={isDropTarget ? 'library-sidebar drop-target' : 'library-sidebar'}
      aria-label={t('library.heading')}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setIsDropTarget(true);
      }}
      onDragLeave={() => setIsDropTarget(false)}
      onDrop={(event) => {
        event.preventDefault();
        setIsDropTarget(false);
        if (event.dataTransfer.files.length) void importer.importFiles(event.dataTransfer.files);
      }}
      onPaste={(event) => {
        // Pasting a copied news page into the library (not into a field) imports it.
        if ((event.target as HTMLElement).closest('input, textarea, [contenteditable="true"]'))
          return;
        const text = event.clipboardData.getData('text/plain');
        if (text.trim()) {
          event.preventDefault();
          importer.importPastedText(text);
        }
      }}
    >
      <div className="library-header">
        <h2>{t('library.heading')}</h2>
        <div className="library-actions">
          <button
            type="button"
            disabled={importer.isBusy}
            onClick={() => fileInput.current?.click()}
          >
            {t('library.import')}
          </button>
          <button type="button" className="primary" onClick={onCreate}>
            {t('library.newArticle')}
          </button>
        </div>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          data-testid="import-input"
          accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => {
            if (event.target.files?.length) void importer.importFiles(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      <div className="library-queue">
        <QueueButton onOpen={onSelect} />
      </div>
      {importer.report && (
        <div className="import-report" role="status">
          {importer.report.imported.length > 0 && (
            <p>{t('library.imported', { count: importer.report.imported.length })}</p>
          )}
          {importer.report.imported
            .filter((entry) => entry.isHeadlineGuessed)
            .map((entry) => (
              <p key={entry.id} className="import-guess" data-testid="import-guess">
                {t(entry.lede ? 'library.guessedHeadlineAndLede' : 'library.guessedHeadline', {
                  file: entry.fileName,
                  headline: entry.headline,
                  lede: entry.lede,
                })}
              </p>
            ))}
          {importer.report.errors.map((message) => (
            <p key={message} className="library-error">
              {message}
            </p>
          ))}
          <button type="button" onClick={importer.dismiss}>
            {t('library.dismiss')}
          </button>
        </div>
      )}
      {children}
      <Notices onOpen={onSelect} />
      <Assignments onOpen={onSelect} />
      <SearchBox filters={form} onSearch={onSearch} />
      <div className="status-filter" role="group" aria-label={t('library.filterStatus')}>
        <button
          type="button"
          aria-pressed={form.status === ''}
          onClick={() => change({ status: '' })}
        >
          {t('library.allStatuses')}{' '}
          {allCount !== null && <span className="count">{allCount}</span>}
        </button>
        {articleStatuses.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={form.status === name}
            onClick={() => change({ status: name })}
          >
            {t(`status.${name}`)}{' '}
            {pages.statusCounts && <span className="count">{pages.statusCounts[name]}</span>}
          </button>
        ))}
      </div>
      <details className="library-filters">
        <summary>{t('library.moreFilters')}</summary>
        <FilterSelect
          label={t('library.rubric')}
          field="rubric"
          value={form.rubric}
          options={lists.rubrics}
          onChange={change}
          anyLabel={t('library.anyRubric')}
        />
        <FilterSelect
          label={t('library.tag')}
          field="tag"
          value={form.tag}
          options={lists.tags}
          onChange={change}
          anyLabel={t('library.any')}
        />
        <FilterSelect
          label={t('library.author')}
          field="author"
          value={form.author}
          options={lists.bylines}
          onChange={change}
          anyLabel={t('library.any')}
        />
        <label className="filter-field">
          <span>{t('library.assignee')}</span>
          <select
            value={form.assignee}
            onChange={(event) => change({ assignee: event.target.value })}
          >
            <option value="">{t('library.any')}</option>
            <option value="me">{t('library.assigneeMe')}</option>
            <option value="nobody">{t('library.assigneeNobody')}</option>
            {(people?.people ?? []).map((person) => (
              <option key={person.id} value={`${personPrefix}${person.name}`}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect
          label={t('library.language')}
          field="language"
          value={form.language}
          options={articleLanguages}
          optionLabel={languageLabel}
          onChange={change}
          anyLabel={t('library.any')}
        />
        <label className="filter-field">
          <span>{t('library.updatedFrom')}</span>
          <DateField value={form.from} onChange={(from) => change({ from })} />
        </label>
        <label className="filter-field">
          <span>{t('library.updatedTo')}</span>
          <DateField value={form.to} onChange={(to) => change({ to })} />
        </label>
      </details>
      <div className="library-sort">
        <label className="filter-field">
          <span>{t('library.sort')}</span>
          <select
            value={form.sort}
            onChange={(event) => change({ sort: event.target.value as ArticleSortKey | '' })}
          >
            {/* The automatic order is named for what it is now: relevance only while searching. */}
            <option value="">
              {form.search.trim() ? t('library.sortAutoSearching') : t('library.sortAuto')}
            </option>
            {articleSortKeys.map((key) => (
              <option key={key} value={key}>
                {t(`library.sortBy.${key}`)}
              </option>
            ))}
          </select>
        </label>
        {pages.total !== null && (
          <span className="library-count">{t('library.count', { count: pages.total })}</span>
        )}
      </div>
      {pages.error && (
        <p role="alert" className="library-error">
          {t('library.loadFailed', { message: pages.error })}
        </p>
      )}
      {pages.total === 0 && (
        <p className="library-message">
          {form.search.trim() ? t('library.noMatches') : t('library.empty')}
        </p>
      )}
      <VirtualArticleList
        total={pages.total ?? 0}
        itemAt={pages.itemAt}
        onPageRange={onPageRange}
        selectedId={selectedId}
        onSelect={onSelect}
        label={t('library.heading')}
        isBusy={pages.isBusy}
        editingNow={editingNow}
      />
    </nav>
  );
}

type SelectField = 'rubric' | 'tag' | 'author' | 'language';

interface FilterSelectProps {
  field: SelectField;
  label: string;
  value: string;
  options: readonly string[];
  anyLabel: string;
  onChange: (patch: Partial<LibraryFilterForm>) => void;
  optionLabel?: (value: string) => string;
}

/** One filter's choices: memoised, as its options re-render only when they change. */
const FilterSelect = memo(function FilterSelect({
  field,
  label,
  value,
  options,
  anyLabel,
  onChange,
  optionLabel,
}: FilterSelectProps) {
  return (
    <label className="filter-field">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) =>
          // The language select offers only the languages' codes (and '' for any).
          onChange({ [field]: event.target.value })
        }
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel ? optionLabel(option) : option}
          </option>
        ))}
      </select>
    </label>
  );
});
