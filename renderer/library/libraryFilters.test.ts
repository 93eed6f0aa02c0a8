import { describe, expect, it } from 'vitest';
import { firstLibraryPage } from '../../shared/article/firstLibraryPage';
import {
  emptyLibraryFilters,
  firstLibraryPageInput,
  libraryFilterReducer,
  toLibraryQuery,
} from './libraryFilters';

describe('library filters', () => {
  it('asks first for the page galley serve reads at start', () => {
    expect(firstLibraryPageInput()).toEqual(firstLibraryPage);
  });

  it('sends only the filters set, and sorts by relevance while searching', () => {
    const form = libraryFilterReducer(emptyLibraryFilters, {
      type: 'change',
      patch: { search: 'бюджет', rubric: 'Экономика', status: 'draft' },
    });
    expect(toLibraryQuery(form)).toEqual({
      search: 'бюджет',
      sort: 'relevance',
      status: 'draft',
      rubric: 'Экономика',
    });
    expect(toLibraryQuery(emptyLibraryFilters)).toEqual({ search: '', sort: 'updated' });
  });

  it('a chosen sort wins, and the "to" day is included whole', () => {
    const form = libraryFilterReducer(emptyLibraryFilters, {
      type: 'change',
      patch: { search: 'x', sort: 'headline', from: '2026-12-01', to: '2026-12-04' },
    });
    const query = toLibraryQuery(form);
    expect(query.sort).toBe('headline');
    expect(query.updatedFrom).toBe(new Date(2026, 11, 1).getTime());
    expect(query.updatedTo).toBe(new Date(2026, 11, 5).getTime());
  });

  it('filters by assignee: me, nobody, or a person by name', () => {
    const by = (assignee: string) =>
      toLibraryQuery(
        libraryFilterReducer(emptyLibraryFilters, { type: 'change', patch: { assignee } }),
      ).assignee;
    expect(by('me')).toEqual({ kind: 'me' });
    expect(by('nobody')).toEqual({ kind: 'nobody' });
    expect(by('person:Борис Иванов')).toEqual({ kind: 'person', name: 'Борис Иванов' });
    expect(by('')).toBeUndefined();
  });
});
