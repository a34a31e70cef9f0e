/**
 * Benchmarks: the two text checks the lead investigator's Reports tab asks for, over an investigation of 20,000
 * imported chronology entries with a small identity registry: the publication identifier scan and the report
 * language check. Run them alone with `npm run bench -- "20,000 entries"`.
 */
import { actorOf } from '../../../server/services/actor';
import { createPerson } from '../../../server/services/people';
import type { PersonCreateInput } from '../../../schema/contracts/registry';
import { cpuSecondsSince, round, type Benchmark } from '../types';
import { syntheticAgencyCsv } from '../generator';
import { benchInvestigation, importCsv, type BenchInvestigation } from '../benchApp';

/** Entries imported into the benchmark investigation. */
export const LARGE_ENTRIES = 20_000;

function person(p: Partial<PersonCreateInput> & Pick<PersonCreateInput, 'kind' | 'realName'>): PersonCreateInput {
  return { aliases: [], dateOfBirth: null, identifiers: [], relationship: '', agencyId: null, jobTitle: '', ...p };
}

/** People in the registry, so the redactor and the name detector have real work to do. */
const REGISTRY: PersonCreateInput[] = [
  person({ kind: 'child', realName: 'Ellie-Mae Thornbury', aliases: ['Ellie'], dateOfBirth: '2021-03-14', relationship: 'subject' }),
  person({ kind: 'family_member', realName: 'Kayleigh Thornbury', aliases: ['Kay'], relationship: 'mother' }),
  person({ kind: 'family_member', realName: 'Dean Marsh', relationship: "mother's partner" }),
  person({ kind: 'practitioner', realName: 'Priya Okafor', jobTitle: 'Social worker' }),
  person({ kind: 'practitioner', realName: 'Tom Whitcombe', jobTitle: 'Health visitor' }),
];

/** Entries that name people, give identifiers and use hindsight wording, as real case notes do. */
const NAMED = [
  'Kayleigh said Dean Marsh was staying at 14 Acacia Avenue; the worker failed to see Ellie alone',
  'Mr Okonjo from the housing office rang on 07700 900123 about the tenancy',
  'Priya Okafor should have escalated the referral to the team manager',
  'Tom Whitcombe noted that Kay was tired; it was obvious that support was needed',
];

/** 400 rows (100 of each named entry, with its number) in the agency file's columns. */
function namedRows(): string[] {
  return Array.from({ length: NAMED.length * 100 }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return `${day}/06/2022,,"${NAMED[i % NAMED.length]} (note ${i + 1})",SW1,Case record ${1 + (i % 50)},`;
  });
}

/** Seeds the investigation: the registry, then a 20,000-row agency chronology imported through the API. */
export async function largeInvestigation(): Promise<BenchInvestigation> {
  const b = await benchInvestigation();
  const actor = actorOf(null, new Date());
  for (const p of REGISTRY) createPerson(b.db, actor, b.investigationId, p);
  const csv = syntheticAgencyCsv({ rows: LARGE_ENTRIES - NAMED.length * 100, seed: 13 });
  await importCsv(b, Buffer.from(csv + namedRows().join('\r\n') + '\r\n', 'utf8'));
  return b;
}

function checkBench(name: string, path: string, count: (data: Record<string, unknown[]>) => number, target: string): Benchmark {
  let b: BenchInvestigation;
  const url = () => `/api/investigations/${b.investigationId}/${path}`;
  const get = async () => {
    const res = await b.fetchAs('lead', url());
    if (res.status !== 200) throw new Error(`${path} responded ${res.status}: ${res.text().slice(0, 300)}`);
    return res;
  };
  return {
    name, unit: 'ms', higherIsBetter: false, runs: 5, target,
    async setup() {
      b = await largeInvestigation();
      await get();
    },
    async measure() {
      const cpu = process.cpuUsage();
      const res = await get();
      const ms = res.ms;
      const cpuMs = cpuSecondsSince(cpu) * 1000;
      const data = (JSON.parse(res.text()) as { data: Record<string, unknown[]> }).data;
      return { value: round(ms), extra: { cpuMs: round(cpuMs), items: count(data), kilobytes: Math.round(res.bytes / 1024) } };
    },
    teardown() {
      b.close();
    },
  };
}

const entries = `${LARGE_ENTRIES.toLocaleString('en-GB')} entries`;

/** `GET …/publication/scan` over 20,000 entries as the lead investigator: identifiers and suspected names. */
export const publicationScanLarge = checkBench(`publication scan over ${entries} (API, lead investigator)`, 'publication/scan', (d) => d.findings!.length, '< 2,000');

/** `GET …/reports/language-check?template=learning-review` over 20,000 entries as the lead investigator. */
export const languageCheckLarge = checkBench(`report language check over ${entries} (API, lead investigator)`, 'reports/language-check?template=learning-review', (d) => d.flags!.length, '< 2,000');
