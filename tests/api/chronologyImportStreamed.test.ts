import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileReaderStarted, filesReadInBackground, readInBackgroundFrom } from '../../server/chronology/backgroundReading';
import { listEvents } from '../../server/services/eventList';
import { actorOf } from '../../server/services/actor';
import { updateInvestigation } from '../../server/services/investigations';
import { buildTestApp, FIXED_NOW } from '../helpers/app';
import { tableCounts } from '../helpers/routeMatrix';
import { buildChronologyWorld, uploadChronology, type UploadOptions } from '../helpers/chronologyFactories';

/**
 * A large agency file is read on the reader thread while the request's thread writes it (backgroundReading.ts).
 * Here every file is, and each import must come out exactly as the ordinary import on the request's thread: the
 * same result, the same entries, the same refusals.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chronology/${name}`, import.meta.url));

async function world() {
  const { app, db } = buildTestApp();
  const w = { db, ...(await buildChronologyWorld(app, db)) };
  // A scope period and the child's date of birth give the date notes something to say.
  updateInvestigation(db, actorOf(w.clients.lead.userId, FIXED_NOW), w.investigationId, { version: 1, scopeStart: '2023-01-01', scopeEnd: '2023-06-30' }, 'lead');
  return w;
}
type World = Awaited<ReturnType<typeof world>>;

/** The entries as a person sees them, without what differs between two databases (ids, times, versions). */
function entries(w: World) {
  const names = (table: string, column: string) => new Map((w.db.$client.prepare(`select id, ${column} as name from ${table}`).all() as { id: string; name: string }[]).map((r) => [r.id, r.name]));
  const [sources, agencies, people] = [names('sources', 'title'), names('agencies', 'name'), names('people', 'real_name')];
  return listEvents(w.db, w.investigationId).map(({ id: _id, createdAt: _c, updatedAt: _u, version: _v, links: _l, sourceIds, agencyId, actorIds, subjectIds, ...e }) => ({
    ...e, sources: sourceIds.map((s) => sources.get(s)), agency: agencyId && agencies.get(agencyId), actors: actorIds.map((p) => people.get(p)), subjects: subjectIds.map((p) => people.get(p)),
  }));
}

/** What an import answered, without the batch id and the duplicates' entry ids (new in each database). */
function answered(body: { data?: Record<string, unknown>; error?: unknown }) {
  if (!body.data) return body;
  const { batchId, duplicates, sameOccasion, ...rest } = body.data as { batchId: string | null; duplicates: { rowNumber: number }[]; sameOccasion: { rowNumber: number }[] };
  return { ...rest, batched: batchId !== null, duplicates: duplicates.map((d) => d.rowNumber), sameOccasion: sameOccasion.map((s) => s.rowNumber) };
}

/** Imports the same files in order into two fresh investigations, one read in the background and one not. */
async function importBoth(files: { body: Buffer | string; agency: keyof World['agencies']; status: number; options?: Partial<UploadOptions> }[]) {
  const [background, ordinary] = [await world(), await world()];
  for (const f of files) {
    readInBackgroundFrom(0);
    const before = filesReadInBackground();
    const a = await uploadChronology(background.clients.lead, background.investigationId, f.body, { agencyId: background.agencies[f.agency], ...f.options }).expect(f.status);
    expect(filesReadInBackground()).toBe(before + 1);
    readInBackgroundFrom(Number.POSITIVE_INFINITY);
    const b = await uploadChronology(ordinary.clients.lead, ordinary.investigationId, f.body, { agencyId: ordinary.agencies[f.agency], ...f.options }).expect(f.status);
    expect(filesReadInBackground()).toBe(before + 1);
    expect(answered(a.body)).toEqual(answered(b.body));
  }
  expect(entries(background)).toEqual(entries(ordinary));
  return { background, ordinary };
}

/** A generated file with repeats, merged-cell continuation rows, practitioners, sources and blank rows. */
function generated(rows: number): string {
  const lines = ['Date,Time,Details,Worker,Source,Outcome'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 5) + 1).padStart(2, '0');
    if (i % 97 === 5) lines.push(',,"continues the entry above, on a second line",,,');
    else if (i % 101 === 7) lines.push(',,,,,');
    else if (i % 89 === 3) lines.push(`${day}/${month}/2023,,Phone call; no answer,Priya Natarajan,Case note ${i % 40},`);
    else lines.push(`${day}/${month}/2023,${String(i % 24).padStart(2, '0')}:15,"Visit ${i}, Zoë seen",${i % 3 ? 'Priya Natarajan' : 'Sam Reid'},Case note ${i % 40},Outcome ${i % 7}`);
  }
  return lines.join('\r\n');
}

describe('an agency file read on the reader thread while it is written', () => {
  beforeAll(async () => {
    await fileReaderStarted();
  });
  afterAll(() => readInBackgroundFrom(1_000_000));

  it('imports every kind of file exactly as the ordinary import does', async () => {
    await importBoth([
      { body: fixture('csc-clean.csv'), agency: 'csc', status: 200 },
      { body: fixture('windows-1252.csv'), agency: 'health', status: 200 },
      { body: fixture('bom.csv'), agency: 'police', status: 200 },
      { body: fixture('semicolon.csv'), agency: 'csc', status: 200 },
      { body: fixture('tab.tsv'), agency: 'health', status: 200 },
      { body: fixture('quoted-newlines.csv'), agency: 'police', status: 200 },
      { body: fixture('us-order.csv'), agency: 'csc', status: 200, options: { dateOrder: 'us' } },
      { body: fixture('custom-headers.csv'), agency: 'health', status: 200, options: { mapping: { date: 'When it happened', description: 'What happened', source: 'Recorded in' } } },
    ]);
  });

  it('skips what was imported before and suggests the same occasion from another agency as the ordinary import does', async () => {
    await importBoth([
      { body: fixture('csc-strategy.csv'), agency: 'csc', status: 200 },
      { body: fixture('police-strategy.csv'), agency: 'police', status: 200 },
      { body: fixture('csc-strategy.csv'), agency: 'csc', status: 200 },
    ]);
  });

  it('writes thousands of rows with repeats, continuation rows and notes exactly as the ordinary import does', async () => {
    const { background } = await importBoth([{ body: generated(5_000), agency: 'csc', status: 200 }, { body: generated(5_200), agency: 'csc', status: 200 }]);
    expect(listEvents(background.db, background.investigationId).length).toBeGreaterThan(5_000);
    expect(background.db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a file with bad rows with every reason and writes nothing, as the ordinary import does', async () => {
    const { background } = await importBoth([{ body: fixture('csc-clean.csv'), agency: 'csc', status: 200 }]);
    const before = tableCounts(background.db);
    readInBackgroundFrom(0);
    const refused = await uploadChronology(background.clients.lead, background.investigationId, `${generated(3_000)}\r\n31/02/2023,,Not a real date,,,`, { agencyId: background.agencies.health }).expect(422);
    expect(refused.body.error.details.errors).toEqual([{ row: 3_002, field: 'date', message: '"31/02/2023" is not a real date: February 2023 has 28 days' }]);
    expect(tableCounts(background.db)).toEqual(before);
    await importBoth([{ body: fixture('bad-rows.csv'), agency: 'csc', status: 422 }, { body: 'not,a\nchronology,file', agency: 'csc', status: 422 }]);
  });
});
