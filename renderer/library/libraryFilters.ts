import type { ArticleSortKey } from '../../shared/article/articleQuerySchema';
import type { ArticleLanguage, ArticleStatus } from '../../shared/article/articleSchema';
import type { ApiInput } from '../../shared/api/apiContract';

/** The library's filter form as typed: empty strings mean "any". */
export interface LibraryFilterForm {
  search: string;
  status: ArticleStatus | '';
  rubric: string;
  tag: string;
  author: string;
  language: ArticleLanguage | '';
  /** `me`, `nobody`, or `person:<name>`. */
  assignee: string;
  /** `yyyy-mm-dd` from the date inputs. */
  from: string;
  to: string;
  sort: ArticleSortKey | '';
}

export interface LibraryFilterAction {
  type: 'change';
  patch: Partial<LibraryFilterForm>;
}

export const emptyLibraryFilters: LibraryFilterForm = {
  search: '',
  status: '',
  rubric: '',
  tag: '',
  author: '',
  language: '',
  assignee: '',
  from: '',
  to: '',
  sort: '',
};

export function libraryFilterReducer(
  state: LibraryFilterForm,
  action: LibraryFilterAction,
): LibraryFilterForm {
  return { ...state, ...action.patch };
}

export type LibraryQuery = Omit<ApiInput<'articles:query'>, 'offset' | 'limit'>;

/** Pages match the server's snippet rows: every row of a page gets its snippet. */
export const libraryPageSize = 50;

/** The first page the library asks for when it opens: no filters, newest first. */
export function firstLibraryPageInput(): ApiInput<'articles:query'> {
  return { ...toLibraryQuery(emptyLibraryFilters), offset: 0, limit: libraryPageSize };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The `articles:query` input for the form: only the filters set, local days as epoch
 * milliseconds (the "to" day included), relevance first while searching unless a sort is chosen.
 */
export function toLibraryQuery(form: LibraryFilterForm): LibraryQuery {
  return {
    search: form.search,
    sort: form.sort || (form.search.trim() ? 'relevance' : 'updated'),
    ...(form.status ? { status: form.status } : {}),
    ...(form.rubric ? { rubric: form.rubric } : {}),
    ...(form.tag ? { tag: form.tag } : {}),
    ...(form.author ? { author: form.author } : {}),
    ...(form.language ? { language: form.language } : {}),
    ...assigneeFilter(form.assignee),
    ...(form.from ? { updatedFrom: Date.parse(`${form.from}T00:00:00`) } : {}),
    ...(form.to ? { updatedTo: Date.parse(`${form.to}T00:00:00`) + dayMs } : {}),
  };
}

/** The form's assignee choice as the query's filter. */
function assigneeFilter(value: string): Pick<LibraryQuery, 'assignee'> {
  if (value === 'me' || value === 'nobody') return { assignee: { kind: value } };
  if (value.startsWith(personPrefix))
    return { assignee: { kind: 'person', name: value.slice(personPrefix.length) } };
  return {};
}

/** The select's value for a person: names may be anything, so they follow a prefix. */
export const personPrefix = 'person:';
