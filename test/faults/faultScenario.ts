/** What every fault scenario gets from `runFaults.ts`. */
export interface FaultOptions {
  size: 'small' | 'large';
  /** Server kills in the save loop (`--kills`). */
  kills: number;
  /** Seed for every random choice, so a failing run can be repeated. */
  seed: number;
  /** A scratch folder of this scenario's own, removed afterwards unless `--keep`. */
  workDir: string;
  log: (line: string) => void;
}

/** A scenario's figures: counts and short facts, printed in the table and saved as JSON. */
export type Figures = Record<string, number | string | boolean>;

/** What a scenario measured. It fails when `failures` is not empty or `passed < tried`. */
export interface ScenarioReport {
  /** How many cases (kills, inputs, requests…) were tried. */
  tried: number;
  /** How many of them behaved as they should. */
  passed: number;
  figures: Figures;
  /** One line per problem found, with enough detail to reproduce it. */
  failures: string[];
  /** Facts worth reading that are not failures. */
  notes: string[];
}

/** One scenario of the fault suite. */
export interface FaultScenario {
  name: string;
  title: string;
  run(options: FaultOptions): Promise<ScenarioReport>;
}
