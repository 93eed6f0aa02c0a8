import { describe, expect, it } from 'vitest';
import { exportFormReducer, initialExportForm, toExportRequest } from './exportForm';

describe('export form', () => {
  it('saved settings fill only fields still empty', () => {
    const typed = exportFormReducer(initialExportForm, {
      type: 'change',
      patch: { outDir: '/srv/site' },
    });
    const loaded = exportFormReducer(typed, {
      type: 'settingsLoaded',
      outDir: '/home/desk/site',
      baseUrl: 'https://news.example',
    });
    expect(loaded).toMatchObject({ outDir: '/srv/site', baseUrl: 'https://news.example' });
  });

  it('describes the selection: ready, by status, this article, with rubric and date', () => {
    expect(toExportRequest(initialExportForm, null).selection).toEqual({ status: 'ready' });
    const byStatus = { ...initialExportForm, choice: 'status' as const, status: 'draft' as const };
    expect(toExportRequest({ ...byStatus, rubric: 'Спорт' }, null).selection).toEqual({
      status: 'draft',
      rubric: 'Спорт',
    });
    const current = { ...initialExportForm, choice: 'current' as const, since: '2026-12-01' };
    expect(toExportRequest(current, 'A1').selection).toEqual({
      ids: ['A1'],
      since: new Date(2026, 11, 1).getTime(),
    });
  });
});
