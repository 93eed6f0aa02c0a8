import type { PhaseOutput, TargetResult } from './benchTypes';

type Find = (key: string) => number | undefined;

interface TargetSpec {
  key: string;
  label: string;
  /** How the value must compare with `limit`. */
  comparison: '<' | '≤' | '≥';
  limit: number;
  unit: string;
  /** The value from the phases' figures; the figure named `key` when left out. */
  value?: (find: Find) => number | undefined;
}

/** The worse (larger) of two figures, or undefined while either is missing. */
const worstOf =
  (first: string, second: string) =>
  (find: Find): number | undefined => {
    const a = find(first);
    const b = find(second);
    return a === undefined || b === undefined ? undefined : Math.max(a, b);
  };

/** The targets, set for 100,000 articles on this 2-core machine: reported, never asserted. */
const targetSpecs: TargetSpec[] = [
  // The library issue's "no visible lag in the browser": an answer within 100 ms reads as
  // instant (the usual response-time limit for direct manipulation).
  {
    key: 'view.filter.max',
    label: 'library view in Chromium: status, rubric or language filter to the new list, worst',
    comparison: '<',
    limit: 100,
    unit: 'ms',
    value: worstOf('view.status.max', 'view.filter.max'),
  },
  {
    key: 'view.search.max',
    label: 'library view in Chromium: last key typed to its results on screen, worst',
    comparison: '<',
    limit: 100,
    unit: 'ms',
    value: worstOf('view.search.max', 'view.searchInRubric.max'),
  },
  {
    key: 'view.firstList',
    label: 'library view in Chromium: page load to the first list on screen',
    comparison: '<',
    limit: 300,
    unit: 'ms',
  },
  {
    key: 'view.searchKey.p95',
    label: 'library view in Chromium: key in the search box to screen, p95',
    comparison: '<',
    limit: 50,
    unit: 'ms',
  },
  {
    key: 'search.p95',
    label: 'search p95 over the 50 queries',
    comparison: '<',
    // The performance issue's second round (the library issue asked for 50 ms).
    limit: 25,
    unit: 'ms',
  },
  {
    key: 'search.typing.p95',
    label: 'search-as-you-type, p95 per keystroke',
    comparison: '<',
    limit: 30,
    unit: 'ms',
  },
  {
    key: 'article.open.p95',
    label: 'open an article, p95',
    comparison: '<',
    limit: 30,
    unit: 'ms',
  },
  {
    key: 'list.firstPage.first',
    label: 'first list page (first call after open)',
    comparison: '<',
    limit: 20,
    unit: 'ms',
  },
  {
    key: 'save.autosave.p95',
    label: 'autosave of a 10,000-word article, p95',
    comparison: '<',
    limit: 10,
    unit: 'ms',
  },
  { key: 'export.rate', label: 'batch export', comparison: '≥', limit: 3000, unit: 'articles/s' },
  {
    key: 'export.vs.pandocBatch',
    label: 'batch export vs pandoc over the batch',
    comparison: '≥',
    limit: 20,
    unit: '×',
  },
  {
    key: 'export.reexport',
    label: 're-export of an unchanged library',
    comparison: '<',
    limit: 1,
    unit: 's',
  },
  {
    key: 'export.reexportOne',
    label: 're-export after one article changed',
    comparison: '<',
    limit: 1,
    unit: 's',
  },
  {
    key: 'editor.keystroke.vsBare',
    label: 'keystroke p95 / bare contenteditable p95',
    comparison: '≤',
    limit: 1.25,
    unit: '×',
    value: (find) => {
      const app = find('editor.keystroke.p95');
      const bare = find('editor.bare.p95');
      return app !== undefined && bare !== undefined ? app / bare : undefined;
    },
  },
  // Medians: one start is what a person or a cron job waits for; the p95 is in the figures.
  { key: 'cli.help.p50', label: '`galley --help`', comparison: '<', limit: 150, unit: 'ms' },
  {
    key: 'cli.list.p50',
    label: '`galley list --json` on a new library',
    comparison: '<',
    limit: 200,
    unit: 'ms',
  },
];

/** The target as the report prints it: "< 100 ms", "≥ 3,000 articles/s", "≤ 1.25×". */
function targetText(spec: TargetSpec): string {
  const space = spec.unit === '×' ? '' : ' ';
  return `${spec.comparison} ${spec.limit.toLocaleString('en-US')}${space}${spec.unit}`;
}

function meets(spec: TargetSpec, value: number): boolean {
  if (spec.comparison === '<') return value < spec.limit;
  if (spec.comparison === '≤') return value <= spec.limit;
  return value >= spec.limit;
}

export function evaluateTargets(phases: readonly PhaseOutput[]): TargetResult[] {
  const values = new Map<string, number>();
  for (const phase of phases) {
    for (const metric of phase.metrics) values.set(metric.key, metric.value);
    for (const comparison of phase.comparisons) values.set(comparison.key, comparison.ratio);
  }
  return targetSpecs.map((spec) => {
    const find: Find = (key) => values.get(key);
    const value = spec.value ? spec.value(find) : find(spec.key);
    const known = value !== undefined && Number.isFinite(value);
    return {
      key: spec.key,
      label: spec.label,
      target: targetText(spec),
      unit: spec.unit,
      value: known ? value : null,
      pass: known ? meets(spec, value) : null,
    };
  });
}
