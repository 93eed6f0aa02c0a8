import type { BenchResults } from './benchTypes';

function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The results as Markdown: what `npm run bench` prints and keeps beside the JSON. */
export function renderReport(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(
    `# Galley benchmark: ${results.size.toLocaleString('en-US')} articles`,
    '',
    `${results.startedAt}, seed ${results.seed}, ${String(m['cpus'])} × ${String(m['cpuModel'])}, ${String(m['memoryGb'])} GB, Node ${String(m['node'])}, SQLite ${String(m['sqlite'])}, ${String(m['chromium'])}, ${String(m['ripgrep'])}, ${String(m['pandoc'])}. Total ${formatNumber(results.totalSeconds)} s; 1-minute load average ${String(m['loadAverageAtStart'])} at the start, ${String(m['loadAverage'])} at the end (other work on the machine shows here).`,
    '',
    `Code: ${[...new Set(results.phases.map((phase) => phase.code ?? 'unknown'))].join(', ')} (per phase in the JSON; \`+dirty\`: uncommitted app changes). Corpus vocabulary: ${results.vocabulary}.`,
    '',
    '## Figures',
    '',
    '| Phase | Measure | Value | Unit | Note |',
    '| --- | --- | ---: | --- | --- |',
  );
  for (const phase of results.phases) {
    for (const metric of phase.metrics) {
      lines.push(
        `| ${phase.phase} | ${cell(metric.label)} | ${formatNumber(metric.value)} | ${metric.unit} | ${cell(metric.note ?? '')} |`,
      );
    }
  }
  const comparisons = results.phases.flatMap((phase) => phase.comparisons);
  if (comparisons.length) {
    lines.push(
      '',
      '## Peers (same run, same articles)',
      '',
      '| Comparison | Galley | Peer | Peer value | Unit | Galley ahead by | Note |',
      '| --- | ---: | --- | ---: | --- | ---: | --- |',
    );
    for (const c of comparisons) {
      lines.push(
        `| ${cell(c.label)} | ${formatNumber(c.galley)} | ${cell(c.peer)} | ${formatNumber(c.peerValue)} | ${c.unit} | ${formatNumber(c.ratio)}× | ${cell(c.note ?? '')} |`,
      );
    }
  }
  lines.push(
    '',
    `## Targets (set for 100,000 articles on 2 cores; this run has ${results.size.toLocaleString('en-US')})`,
    '',
    '| Target | Goal | Here | Result |',
    '| --- | --- | ---: | --- |',
  );
  for (const target of results.targets) {
    const verdict = target.pass === null ? 'not measured' : target.pass ? 'pass' : '**MISS**';
    lines.push(
      `| ${cell(target.label)} | ${target.target} | ${formatNumber(target.value)} ${target.unit} | ${verdict} |`,
    );
  }
  lines.push(
    '',
    '## Time and peak memory per phase',
    '',
    '| Phase | Time (s) | Peak RSS (MiB) |',
    '| --- | ---: | ---: |',
  );
  for (const phase of results.phases) {
    lines.push(
      `| ${phase.phase} | ${formatNumber(phase.seconds)} | ${formatNumber(phase.peakRssMb)} |`,
    );
  }
  const notes = results.phases.flatMap((phase) =>
    phase.notes.map((note) => `- ${phase.phase}: ${note}`),
  );
  if (notes.length) lines.push('', '## Notes', '', ...notes);
  lines.push('');
  return lines.join('\n');
}
