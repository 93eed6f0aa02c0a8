/** What every phase is given: read from a JSON file by the phase's own process. */
export interface BenchConfig {
  size: number;
  seed: number;
  /** Scratch folder: Markdown corpus, library, export output, peer output. */
  workDir: string;
  /** `../shared/corpora` when it exists, else null. */
  corporaDir: string | null;
  /** Keystrokes typed in the editor phase (300 by the issue). */
  keystrokes: number;
  /** Words in the editor phase's article (20,000 by the issue; 600 for the flatness check). */
  editorWords?: number;
}

/** Paths inside the work folder that phases share. */
export interface BenchPaths {
  markdownDir: string;
  corpusInfo: string;
  library: string;
  longArticles: string;
  exportDir: string;
  peerDir: string;
}

/** One figure, as printed in the table and kept in the JSON. */
export interface Metric {
  /** Stable id, e.g. `search.p95`, used by the targets. */
  key: string;
  label: string;
  value: number;
  unit: string;
  note?: string;
}

/** Galley against a peer tool on the same input: `ratio` is how many times Galley is ahead. */
export interface Comparison {
  key: string;
  label: string;
  galley: number;
  peer: string;
  peerValue: number;
  unit: string;
  /** > 1: Galley is faster (times: peer / Galley; rates: Galley / peer). */
  ratio: number;
  note?: string;
}

export interface PhaseOutput {
  phase: string;
  /** The commit the phase's process ran (other work may land between phases), with `+dirty`. */
  code?: string;
  seconds: number;
  /** Peak resident memory of the phase's process (and its servers, where noted), MiB. */
  peakRssMb: number;
  metrics: Metric[];
  comparisons: Comparison[];
  notes: string[];
  details?: Record<string, unknown>;
}

export interface TargetResult {
  key: string;
  label: string;
  target: string;
  value: number | null;
  unit: string;
  pass: boolean | null;
}

export interface BenchResults {
  size: number;
  seed: number;
  startedAt: string;
  totalSeconds: number;
  machine: Record<string, string | number>;
  vocabulary: string;
  phases: PhaseOutput[];
  targets: TargetResult[];
}

/** The phase body each phase file exports. */
export type PhaseRunner = (
  config: BenchConfig,
  paths: BenchPaths,
) => Promise<Omit<PhaseOutput, 'phase' | 'seconds' | 'peakRssMb'> & { peakRssMb?: number }>;
