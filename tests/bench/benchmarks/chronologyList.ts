import { cpuSecondsSince, round, type Benchmark } from '../types';
import { syntheticAgencyCsv } from '../generator';
import { benchInvestigation, importCsv, type BenchInvestigation } from '../benchApp';
import { actorOf } from '../../../server/services/actor';
import { createPerson } from '../../../server/services/people';
import { updateEvent } from '../../../server/services/events';

const EVENTS = 10_000;

/** A registry like a real review's, so the panel's listing passes a redactor with names, a date of birth and an identifier. */
function register(b: BenchInvestigation) {
  const userId = b.db.$client.prepare('select id from users order by created_at limit 1').pluck().get() as string;
  const actor = actorOf(userId, new Date());
  const person = (kind: 'child' | 'family_member' | 'practitioner', realName: string, extra: Partial<Parameters<typeof createPerson>[3]> = {}) =>
    createPerson(b.db, actor, b.investigationId, { kind, realName, aliases: [], dateOfBirth: null, identifiers: [], relationship: '', agencyId: null, jobTitle: '', ...extra });
  person('child', 'Ellie-Mae Jordan', { aliases: ['Ellie'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }] });
  person('family_member', 'Kerry Jordan', { relationship: 'Mother' });
  person('family_member', 'Lee Parsons', { aliases: ['Lee P'], relationship: "Mother's partner" });
  person('practitioner', 'Amira Haddad', { jobTitle: 'Social worker' });
  person('practitioner', 'Tom Whitfield', { jobTitle: 'Health visitor' });
}

async function timed(b: BenchInvestigation, role: 'lead' | 'panel', url: string) {
  const cpu = process.cpuUsage();
  const res = await b.fetchAs(role, url);
  if (res.status !== 200) throw new Error(`listing failed: ${res.status}`);
  return { ms: res.ms, cpuMs: cpuSecondsSince(cpu) * 1000, bytes: res.bytes, text: res.text() };
}

function listing(name: string, role: 'lead' | 'panel', target?: string): Benchmark {
  let b: BenchInvestigation;
  let ids: string[];
  let firstMs: number;
  let edits = 0;
  const url = () => `/api/investigations/${b.investigationId}/events`;
  return {
    name, unit: 'ms', higherIsBetter: false, runs: 15, target,
    async setup() {
      b = await benchInvestigation();
      await importCsv(b, Buffer.from(syntheticAgencyCsv({ rows: EVENTS, seed: 11 }), 'utf8'));
      register(b);
      const first = await b.fetchAs(role, url());
      firstMs = first.ms;
      if (first.status !== 200 || (JSON.parse(first.text()) as { data: unknown[] }).data.length !== EVENTS) throw new Error(`listing failed: ${first.status}`);
      ids = b.db.$client.prepare('select id from events order by random()').pluck().all() as string[];
    },
    async measure() {
      // One entry is edited, as an investigator would edit it; the listing must then show the edit.
      const id = ids[edits % ids.length]!;
      const text = `Entry edited for the benchmark (${++edits})`;
      const version = b.db.$client.prepare('select version from events where id = ?').pluck().get(id) as number;
      updateEvent(b.db, actorOf(null, new Date()), b.investigationId, id, { version, description: text });
      const changed = await timed(b, role, url());
      if (!changed.text.includes(text)) throw new Error('the listing does not show the edit');
      const unchanged = await timed(b, role, url());
      return {
        value: round(changed.ms),
        extra: {
          cpuMs: round(changed.cpuMs), unchangedMs: round(unchanged.ms), unchangedCpuMs: round(unchanged.cpuMs), firstMs: round(firstMs),
          kilobytes: Math.round(changed.bytes / 1024),
        },
      };
    },
    teardown() {
      b.close();
    },
  };
}

/**
 * Lists 10,000 events over HTTP, timed by the client process to the last byte, as a lead investigator (no redaction):
 * the value is the first listing after an entry is edited (the kept listing reads that entry again); `unchangedMs`
 * is the same listing asked again with nothing changed in between; `firstMs` is the first listing after the import
 * (built whole from the database).
 */
export const chronologyList = listing(`list ${EVENTS.toLocaleString('en-GB')} events (API, lead investigator)`, 'lead', '< 50');

/** The same listing as a panel member, whose response passes through the registry redactor (five people registered). */
export const chronologyListRedacted = listing(`list ${EVENTS.toLocaleString('en-GB')} events (API, panel member, redacted)`, 'panel');
