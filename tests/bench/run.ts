import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { benchmarks } from './benchmarks';
import { round, type Benchmark, type Measurement } from './types';

/** The summary of one benchmark's runs. */
interface Result { name: string; unit: string; runs: number; median: number; min: number; max: number; target: string | null; extra: Record<string, number> }

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function runOne(b: Benchmark): Promise<Result> {
  await b.setup?.();
  const measured: Measurement[] = [];
  try {
    for (let i = 0; i < b.runs; i++) measured.push(await b.measure());
  } finally {
    await b.teardown?.();
  }
  const values = measured.map((m) => m.value);
  const keys = new Set(measured.flatMap((m) => Object.keys(m.extra ?? {})));
  const extra = Object.fromEntries([...keys].map((k) => [k, median(measured.map((m) => m.extra?.[k] ?? 0))]));
  return { name: b.name, unit: b.unit, runs: b.runs, median: median(values), min: Math.min(...values), max: Math.max(...values), target: b.target ?? null, extra };
}

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

function table(results: Result[]): string {
  const rows = [['benchmark', 'unit', 'runs', 'median', 'min', 'max', 'target', 'other figures (medians)'],
    ...results.map((r) => [r.name, r.unit, String(r.runs), fmt(r.median), fmt(r.min), fmt(r.max), r.target ?? '',
      Object.entries(r.extra).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c >= 2 && c <= 5 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

const filters = process.argv.slice(2).map((a) => a.toLowerCase());
const selected = benchmarks.filter((b) => filters.length === 0 || filters.some((f) => b.name.toLowerCase().includes(f)));
const results: Result[] = [];
const loadBefore = loadavg()[0]!;
for (const b of selected) {
  process.stderr.write(`running: ${b.name} (${b.runs} runs)\n`);
  results.push(await runOne(b));
}
console.log(table(results));
const load = { before: round(loadBefore), after: round(loadavg()[0]!), cpus: cpus().length };
console.log(`\nload average ${fmt(load.before)} before, ${fmt(load.after)} after, on ${load.cpus} CPUs (wall-clock figures suffer when the machine is busy)`);
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? '', load, results }, null, 2) + '\n');
console.log(`\nwritten to ${out}`);
