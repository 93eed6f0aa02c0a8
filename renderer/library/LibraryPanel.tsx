import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleSortKeys, type ArticleSortKey } from '../../shared/article/articleQuerySchema';
import {
  articleStatuses,
  type ArticleLanguage,
  type ArticleStatus,
} from '../../shared/article/articleSchema';
import { useApiClient } from '../api/ApiClientContext';
import { menuCommandEvent, type MenuCommand } from '../api/galleyBridge';
import { useArticlePages, type LibraryFilters } from './useArticlePages';
import { useImportFiles } from './useImportFiles';
import { VirtualArticleList } from './VirtualArticleList';

interface LibraryPanelProps {
  selectedId: string | null;
  refreshKey: number;
  onSelect: (id: string) => void;
  onCreate: () => void;
  onImported: (lastId: string) => void;
  children?: React.ReactNode;
}

interface Lists {
  rubrics: string[];
  tags: string[];
  bylines: string[];
}

/** The library: search as you type, filters, sort, counts per status, and the article list. */
export function LibraryPanel({
  selectedId,
  refreshKey,
  onSelect,
  onCreate,
  onImported,
  children,
}: LibraryPanelProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const importer = useImportFiles(onImported);
  const fileInput = useRef<HTMLInputElement>(null);
  const [isDropTarget, setIsDropTarget] = useState(false);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [rubric, setRubric] = useState('');
  const [tag, setTag] = useState('');
  const [author, setAuthor] = useState('');
  const [language, setLanguage] = useState<ArticleLanguage | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<ArticleSortKey | ''>('');
  const [lists, setLists] = useState<Lists>({ rubrics: [], tags: [], bylines: [] });
  const deferredSearch = useDeferredValue(search);

  useEffect(() => {
    const onMenu = (event: Event): void => {
      if ((event as CustomEvent<MenuCommand>).detail === 'import') fileInput.current?.click();
    };
    window.addEventListener(menuCommandEvent, onMenu);
    return () => window.removeEventListener(menuCommandEvent, onMenu);
  }, []);

  useEffect(() => {
    void client.call('lists:get', {}).then((result) => {
      if (result.ok) setLists(result.value);
    });
  }, [client, refreshKey]);

  const filters: LibraryFilters = {
    search: deferredSearch,
    sort: sort || (deferredSearch.trim() ? 'relevance' : 'updated'),
    ...(status ? { status } : {}),
    ...(rubric ? { rubric } : {}),
    ...(tag ? { tag } : {}),
    ...(author ? { author } : {}),
    ...(language ? { language } : {}),
    ...(from ? { updatedFrom: Date.parse(`${from}T00:00:00`) } : {}),
    ...(to ? { updatedTo: Date.parse(`${to}T00:00:00`) + 24 * 60 * 60 * 1000 } : {}),
  };
  const pages = useArticlePages(filters, refreshKey);
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
          void importer.importPastedText(text);
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
      {importer.report && (
        <div className="import-report" role="status">
          {importer.report.imported.length > 0 && (
            <p>{t('library.imported', { count: importer.report.imported.length })}</p>
          )}
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
      <div className="library-search">
        <input
          type="search"
          value={search}
          aria-label={t('library.search')}
          placeholder={t('library.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="status-filter" role="group" aria-label={t('library.filterStatus')}>
        <button type="button" aria-pressed={status === ''} onClick={() => setStatus('')}>
          {t('library.allStatuses')}{' '}
          {allCount !== null && <span className="count">{allCount}</span>}
        </button>
        {articleStatuses.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={status === name}
            onClick={() => setStatus(name)}
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
          value={rubric}
          options={lists.rubrics}
          onChange={setRubric}
          anyLabel={t('library.any')}
        />
        <FilterSelect
          label={t('library.tag')}
          value={tag}
          options={lists.tags}
          onChange={setTag}
          anyLabel={t('library.any')}
        />
        <FilterSelect
          label={t('library.author')}
          value={author}
          options={lists.bylines}
          onChange={setAuthor}
          anyLabel={t('library.any')}
        />
        <FilterSelect
          label={t('library.language')}
          value={language}
          options={['ru', 'en']}
          optionLabel={(code) => t(`language.${code}`)}
          onChange={(value) => setLanguage(value as ArticleLanguage | '')}
          anyLabel={t('library.any')}
        />
        <label className="filter-field">
          <span>{t('library.updatedFrom')}</span>
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="filter-field">
          <span>{t('library.updatedTo')}</span>
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
      </details>
      <div className="library-sort">
        <label className="filter-field">
          <span>{t('library.sort')}</span>
          <select
            value={sort}
            onChange={(event) => setSort(event.target.value as ArticleSortKey | '')}
          >
            <option value="">{t('library.sortAuto')}</option>
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
          {deferredSearch.trim() ? t('library.noMatches') : t('library.empty')}
        </p>
      )}
      <VirtualArticleList
        total={pages.total ?? 0}
        itemAt={pages.itemAt}
        ensureRange={pages.ensureRange}
        selectedId={selectedId}
        onSelect={onSelect}
        label={t('library.heading')}
        isBusy={pages.isLoading}
      />
    </nav>
  );
}

interface FilterSelectProps {
  label: string;
  value: string;
  options: readonly string[];
  anyLabel: string;
  onChange: (value: string) => void;
  optionLabel?: (value: string) => string;
}

function FilterSelect({
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
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel ? optionLabel(option) : option}
          </option>
        ))}
      </select>
    </label>
  );
}
