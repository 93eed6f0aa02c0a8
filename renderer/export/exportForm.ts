import type { ApiInput } from '../../shared/api/apiContract';
import type { ArticleStatus } from '../../shared/article/articleSchema';

export type ExportChoice = 'ready' | 'all' | 'status' | 'current';

/** The export dialog's form: which articles, where to, and how. */
export interface ExportForm {
  choice: ExportChoice;
  /** The status exported when `choice` is 'status'. */
  status: ArticleStatus;
  rubric: string;
  /** `yyyy-mm-dd`, or empty for any time. */
  since: string;
  outDir: string;
  baseUrl: string;
  force: boolean;
  allowUnverified: boolean;
  markPublished: boolean;
}

export type ExportFormAction =
  | { type: 'change'; patch: Partial<ExportForm> }
  /** The library's saved folder and address arrived: they fill only what is still empty. */
  | { type: 'settingsLoaded'; outDir: string; baseUrl: string };

export const initialExportForm: ExportForm = {
  choice: 'ready',
  status: 'ready',
  rubric: '',
  since: '',
  outDir: '',
  baseUrl: '',
  force: false,
  allowUnverified: false,
  markPublished: true,
};

export function exportFormReducer(state: ExportForm, action: ExportFormAction): ExportForm {
  switch (action.type) {
    case 'change':
      return { ...state, ...action.patch };
    case 'settingsLoaded':
      return {
        ...state,
        outDir: state.outDir || action.outDir,
        baseUrl: state.baseUrl || action.baseUrl,
      };
  }
}

/** The `export:start` input the form describes; "this article only" needs the open article. */
export function toExportRequest(
  form: ExportForm,
  currentArticleId: string | null,
): ApiInput<'export:start'> {
  return {
    selection: {
      ...(form.choice === 'all'
        ? { all: true }
        : form.choice === 'current' && currentArticleId
          ? { ids: [currentArticleId] }
          : { status: form.choice === 'ready' ? 'ready' : form.status }),
      ...(form.rubric ? { rubric: form.rubric } : {}),
      ...(form.since ? { since: Date.parse(`${form.since}T00:00:00`) } : {}),
    },
    outDir: form.outDir,
    baseUrl: form.baseUrl,
    force: form.force,
    allowUnverified: form.allowUnverified,
    markPublished: form.markPublished,
  };
}
