import { performance } from 'node:perf_hooks';
import { cpuSecondsSince, round, type Benchmark } from '../types';
import { syntheticAgencyCsv } from '../generator';
import { benchInvestigation, importCsv, type BenchInvestigation } from '../benchApp';

const EVENTS = 10_000;

function listing(name: string, role: 'lead' | 'panel', target?: string): Benchmark {
  let b: BenchInvestigation;
  const url = () => `/api/investigations/${b.investigationId}/events`;
  return {
    name, unit: 'ms', higherIsBetter: false, runs: 15, target,
    async setup() {
      b = await benchInvestigation();
      await importCsv(b, Buffer.from(syntheticAgencyCsv({ rows: EVENTS, seed: 11 }), 'utf8'));
      const first = await b.fetchAs(role, url());
      if (first.status !== 200 || (JSON.parse(first.text()) as { data: unknown[] }).data.length !== EVENTS) throw new Error(`listing failed: ${first.status}`);
    },
    async measure() {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const res = await b.fetchAs(role, url());
      const ms = performance.now() - started;
      const cpuMs = cpuSecondsSince(cpu) * 1000;
      if (res.status !== 200) throw new Error(`listing failed: ${res.status}`);
      return { value: round(ms), extra: { cpuMs: round(cpuMs), kilobytes: Math.round(res.bytes / 1024) } };
    },
    teardown() {
      b.close();
    },
  };
}

/** Lists 10,000 events over HTTP from the in-process server, to the last byte, as a lead investigator (no redaction). */
export const chronologyList = listing(`list ${EVENTS.toLocaleString('en-GB')} events (API, lead investigator)`, 'lead', '< 50');

/** The same listing as a panel member, whose response passes through the registry redactor. */
export const chronologyListRedacted = listing(`list ${EVENTS.toLocaleString('en-GB')} events (API, panel member, redacted)`, 'panel');
