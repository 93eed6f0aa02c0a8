import type { PhaseOutput, TargetResult } from './benchTypes';

interface TargetSpec {
  key: string;
  label: string;
  target: string;
  unit: string;
  value: (find: (key: string) => number | undefined) => number | undefined;
  pass: (value: number) => boolean;
}

/** The targets, set for 100,000 articles on this 2-core machine: reported, never asserted. */
const targetSpecs: TargetSpec[] = [
  // The library issue's "no visible lag in the browser": an answer within 100 ms reads as
  // instant (the usual response-time limit for direct manipulation).
  {
    key: 'view.filter.max',
    label: 'library view in Chromium: status, rubric or language filter to the new list, worst',
    target: '< 100 ms',
    unit: 'ms',
    value: (f) => {
      const status = f('view.status.max');
      const filter = f('view.filter.max');
      return status === undefined || filter === undefined ? undefined : Math.max(status, filter);
    },
    pass: (v) => v < 100,
  },
  {
    key: 'view.search.max',
    label: 'library view in Chromium: last key typed to its results on screen, worst',
    target: '< 100 ms',
    unit: 'ms',
    value: (f) => {
      const plain = f('view.search.max');
      const inRubric = f('view.searchInRubric.max');
      return plain === undefined || inRubric === undefined ? undefined : Math.max(plain, inRubric);
    },
    pass: (v) => v < 100,
  },
  {
    key: 'view.searchKey.p95',
    label: 'library view in Chromium: key in the search box to screen, p95',
    target: '< 50 ms',
    unit: 'ms',
    value: (f) => f('view.searchKey.p95'),
    pass: (v) => v < 50,
  },
  {
    key: 'search.p95',
    label: 'search p95 over the 50 queries',
    target: '< 50 ms',
    unit: 'ms',
    value: (f) => f('search.p95'),
    pass: (v) => v < 50,
  },
  {
    key: 'search.typing.p95',
    label: 'search-as-you-type, p95 per keystroke',
    target: '< 30 ms',
    unit: 'ms',
    value: (f) => f('search.typing.p95'),
    pass: (v) => v < 30,
  },
  {
    key: 'article.open.p95',
    label: 'open an article, p95',
    target: '< 30 ms',
    unit: 'ms',
    value: (f) => f('article.open.p95'),
    pass: (v) => v < 30,
  },
  {
    key: 'list.firstPage.first',
    label: 'first list page (first call after open)',
    target: '< 20 ms',
    unit: 'ms',
    value: (f) => f('list.firstPage.first'),
    pass: (v) => v < 20,
  },
  {
    key: 'save.autosave.p95',
    label: 'autosave of a 10,000-word article, p95',
    target: '< 10 ms',
    unit: 'ms',
    value: (f) => f('save.autosave.p95'),
    pass: (v) => v < 10,
  },
  {
    key: 'export.rate',
    label: 'batch export',
    target: '≥ 3,000 articles/s',
    unit: 'articles/s',
    value: (f) => f('export.rate'),
    pass: (v) => v >= 3000,
  },
  {
    key: 'export.vs.pandocBatch',
    label: 'batch export vs pandoc over the batch',
    target: '≥ 20×',
    unit: '×',
    value: (f) => f('export.vs.pandocBatch'),
    pass: (v) => v >= 20,
  },
  {
    key: 'export.reexport',
    label: 're-export of an unchanged library',
    target: '< 2 s',
    unit: 's',
    value: (f) => f('export.reexport'),
    pass: (v) => v < 2,
  },
  {
    key: 'editor.keystroke.vsBare',
    label: 'keystroke p95 / bare contenteditable p95',
    target: '≤ 1.25×',
    unit: '×',
    value: (f) => {
      const app = f('editor.keystroke.p95');
      const bare = f('editor.bare.p95');
      return app !== undefined && bare !== undefined ? app / bare : undefined;
    },
    pass: (v) => v <= 1.25,
  },
];

export function evaluateTargets(phases: readonly PhaseOutput[]): TargetResult[] {
  const values = new Map<string, number>();
  for (const phase of phases) {
    for (const metric of phase.metrics) values.set(metric.key, metric.value);
    for (const comparison of phase.comparisons) values.set(comparison.key, comparison.ratio);
  }
  return targetSpecs.map((spec) => {
    const value = spec.value((key) => values.get(key));
    const known = value !== undefined && Number.isFinite(value);
    return {
      key: spec.key,
      label: spec.label,
      target: spec.target,
      unit: spec.unit,
      value: known ? value : null,
      pass: known ? spec.pass(value) : null,
    };
  });
}
