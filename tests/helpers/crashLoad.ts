import type { HttpSession } from './serverProcess';

/** Writes the server acknowledged with 2xx during one round. */
export interface Acknowledged {
  batches: Map<string, number>;
  events: Map<string, string>;
  factors: Map<string, { version: number; statement: string }>;
  /** Imports sent and not yet answered: above 0 at the moment of a kill means the kill hit an import. */
  importsInFlight: number;
}

/** The investigation a crash test writes to: its id, one agency and some factors with their current versions. */
export interface CrashWorld { investigationId: string; agencyId: string; factors: { id: string; version: number }[] }

/** Creates the investigation, an agency and `factorCount` factors through the API. */
export async function buildCrashWorld(base: string, s: HttpSession, factorCount = 8): Promise<CrashWorld> {
  const inv = await s.send(base, 'POST', '/api/investigations', { reference: 'CRASH-1', title: 'Crash test investigation', status: 'evidence' });
  const id = inv.json.data.id as string;
  const agency = await s.send(base, 'POST', `/api/investigations/${id}/agencies`, { name: "Children's Social Care", kind: 'childrens_social_care' });
  const factors = [];
  for (let i = 0; i < factorCount; i++) {
    const f = await s.send(base, 'POST', `/api/investigations/${id}/factors`, { level: 'organisational', category: 'workload', statement: `Factor ${i}` });
    factors.push({ id: f.json.data.id as string, version: f.json.data.version as number });
  }
  return { investigationId: id, agencyId: agency.json.data.id as string, factors };
}

/** An agency CSV of `rows` entries whose text is unique to the tag, so every import adds all its rows. */
export function crashCsv(tag: string, rows: number): string {
  const lines = ['Date,Time,Details,Worker,Source'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/2023,10:${String(i % 60).padStart(2, '0')},"${tag} row ${i}: home visit, child seen",SW1,Case record ${i % 7}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Drives imports, new entries and factor edits against the server until `stopped()` is true or the connection
 * fails, recording every write answered with 2xx. Loops run concurrently, as several users would.
 */
export async function driveWrites(base: string, s: HttpSession, w: CrashWorld, round: number, stopped: () => boolean, ack: Acknowledged, random: () => number) {
  const path = `/api/investigations/${w.investigationId}`;
  const loop = async (step: (k: number) => Promise<void>) => {
    for (let k = 0; !stopped(); k++) {
      try { await step(k); } catch { return; }
    }
  };
  const importer = (lane: number) => loop(async (k) => {
    const tag = `r${round}-i${lane}-${k}`;
    const rows = 200 + Math.floor(random() * 200);
    ack.importsInFlight++;
    const res = await s.send(base, 'POST', `${path}/chronology/import?agencyId=${w.agencyId}&fileName=${tag}.csv`, crashCsv(tag, rows), 'text/csv')
      .finally(() => { ack.importsInFlight--; });
    if (res.status === 200) ack.batches.set(res.json.data.batchId, res.json.data.imported);
    else if (res.status >= 500) throw new Error(`import answered ${res.status}`);
  });
  const entries = loop(async (k) => {
    const description = `Round ${round} entry ${k}: telephone call to the school`;
    const res = await s.send(base, 'POST', `${path}/events`, { occurred: '2023-05-02', kind: 'communication', description, agencyId: w.agencyId });
    if (res.status === 201) ack.events.set(res.json.data.id, description);
  });
  const editor = (lane: number) => loop(async (k) => {
    const factor = w.factors[(lane + k * 2) % w.factors.length]!;
    const statement = `Caseloads rose (round ${round}, edit ${lane}.${k})`;
    const res = await s.send(base, 'PATCH', `${path}/factors/${factor.id}`, { statement, version: factor.version });
    if (res.status === 200) {
      factor.version = res.json.data.version;
      ack.factors.set(factor.id, { version: factor.version, statement });
    } else if (res.status === 409) {
      factor.version = res.json.error.details.currentVersion;
    }
  });
  await Promise.all([importer(0), importer(1), entries, editor(0), editor(1)]);
}
