import { performance } from 'node:perf_hooks';
import { cpuSecondsSince, round, type Benchmark } from '../types';
import { syntheticAgencyCsv } from '../generator';
import { benchInvestigation, importCsv, type BenchInvestigation } from '../benchApp';
import type { Client } from '../../helpers/app';

const EVENTS = 10_000;

function listing(name: string, role: 'lead' | 'panel', target?: string): Benchmark {
  let b: BenchInvestigation;
  let client: Client;
  const url = () => `/api/investigations/${b.investigationId}/events`;
  return {
    name, unit: 'ms', higherIsBetter: false, runs: 15, target,
    async setup() {
      b = await benchInvestigation();
      await importCsv(b, Buffer.from(syntheticAgencyCsv({ rows: EVENTS, seed: 11 }), 'utf8'));
      client = b[role];
      await client.get(url());
    },
    async measure() {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const res = await client.get(url());
      const ms = performance.now() - started;
      const cpuMs = cpuSecondsSince(cpu) * 1000;
      if (res.status !== 200 || res.body.data.length !== EVENTS) throw new Error(`listing failed: ${res.status}`);
      return { value: round(ms), extra: { cpuMs: round(cpuMs), kilobytes: Math.round(Number(res.headers['content-length'] ?? 0) / 1024) } };
    },
    teardown() {
      b.close();
    },
  };
}

/** Lists 10,000 events through the API in-process as a lead investigator (no redaction). */
export const chronologyList = listing(`list ${EVENTS.toLocaleString('en-GB')} events (API, lead investigator)`, 'lead', '< 50');

/** The same listing as a panel member, whose response passes through the registry redactor. */
export const chronologyListRedacted = listing(`list ${EVENTS.toLocaleString('en-GB')} events (API, panel member, redacted)`, 'panel');
