/** One measurement of a benchmark run: the headline value, and any other figures worth recording. */
export interface Measurement { value: number; extra?: Record<string, number> }

/**
 * A benchmark: what it measures and in which unit, how many runs (the table reports median, min and max),
 * optional setup and teardown, and `measure`, which returns one run's figure.
 */
export interface Benchmark {
  name: string;
  unit: string;
  /** Whether a bigger value is better (rows/s) or smaller (ms). */
  higherIsBetter: boolean;
  runs: number;
  /** Target, for the table ("aim > 50,000"). */
  target?: string;
  setup?: () => Promise<void> | void;
  measure: () => Promise<Measurement> | Measurement;
  teardown?: () => Promise<void> | void;
}

/** CPU seconds (user + system) this process spent since `start`: less sensitive than wall time to other load on the machine. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

/** Rounds to three significant decimals for the results file. */
export const round = (n: number) => Math.round(n * 1000) / 1000;
