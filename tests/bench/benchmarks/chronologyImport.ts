import { cpuSecondsSince, round, type Benchmark } from '../types';
import { syntheticAgencyCsv } from '../generator';
import { benchInvestigation, importCsv } from '../benchApp';
import { filesReadInBackground } from '../../../server/chronology/backgroundReading';

const ROWS = 100_000;
let csv: Buffer;

/** Imports a 100,000-row agency CSV through the API into a fresh database file: rows per second, end to end. */
export const chronologyImport: Benchmark = {
  name: `import ${ROWS.toLocaleString('en-GB')}-row agency CSV (API, end to end)`,
  unit: 'rows/s',
  higherIsBetter: true,
  runs: 5,
  target: '> 50,000',
  setup() {
    csv = Buffer.from(syntheticAgencyCsv({ rows: ROWS, seed: 7 }), 'utf8');
  },
  async measure() {
    const b = await benchInvestigation();
    try {
      const cpu = process.cpuUsage();
      const readBefore = filesReadInBackground();
      const { imported, ms } = await importCsv(b, csv);
      if (filesReadInBackground() !== readBefore + 1) throw new Error('the file was not read on the reader thread');
      const seconds = ms / 1000;
      // The server's CPU time, taken once the response has come back (it includes any work after the response).
      const cpuSeconds = cpuSecondsSince(cpu);
      if (imported !== ROWS) throw new Error(`imported ${imported} of ${ROWS} rows`);
      return {
        value: Math.round(ROWS / seconds),
        extra: { seconds: round(seconds), cpuSeconds: round(cpuSeconds), rowsPerCpuSecond: Math.round(ROWS / cpuSeconds), megabytes: round(csv.length / 1e6) },
      };
    } finally {
      b.close();
    }
  },
};
