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
    ...(form.from ? { updatedFrom: Date.parse(`${form.from}T00:00:00`) } : {}),
    ...(form.to ? { updatedTo: Date.parse(`${form.to}T00:00:00`) + dayMs } : {}),
  };
}
