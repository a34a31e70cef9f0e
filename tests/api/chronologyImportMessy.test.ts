import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { investigations } from '../../schema/tables';
import { buildTestApp } from '../helpers/app';
import { buildChronologyWorld } from '../helpers/chronologyFactories';

async function world() {
  const { app, db } = buildTestApp();
  return { db, ...(await buildChronologyWorld(app, db)) };
}
type World = Awaited<ReturnType<typeof world>>;

/** Posts a CSV to the import with any query parameters (dry run unless told otherwise). */
function upload(w: World, csv: string, query: Record<string, string> = {}) {
  const q = new URLSearchParams({ agencyId: w.agencies.csc, dryRun: 'true', ...query });
  return w.clients.lead.post(`/api/investigations/${w.investigationId}/chronology/import?${q}`, Buffer.from(csv, 'utf8')).set('Content-Type', 'text/csv');
}

async function listed(w: World) {
  const res = await w.clients.lead.get(`/api/investigations/${w.investigationId}/events`).expect(200);
  return res.body.data as { occurred: string; description: string }[];
}

describe('import of a file with a title row above the header', () => {
  const csv = "Northbridge Children's Services — case notes export,,\nDate of export: 01/04/2023,Case notes,\n,,\nDate,Details,Worker\n14/03/2023,Home visit,SW1\n";

  it('finds the header below the title rows and reports the rows passed over in the dry run', async () => {
    const w = await world();
    const res = await upload(w, csv).expect(200);
    expect(res.body.data).toMatchObject({ headerRow: 4, headers: ['Date', 'Details', 'Worker'], errors: [] });
    expect(res.body.data.notes).toEqual([
      { row: 1, kind: 'above_header', message: 'row 1 is above the header row (row 4) and was passed over' },
      { row: 2, kind: 'above_header', message: 'row 2 is above the header row (row 4) and was passed over' },
    ]);
    expect(res.body.data.rows.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([5]);
  });

  it('reads the header from the row chosen with headerRow, and offers that row’s cells as columns', async () => {
    const w = await world();
    const odd = 'Agency chronology,\nWhen it happened,What was done\n14/03/2023,Home visit\n';
    const refused = await upload(w, odd).expect(422);
    expect(refused.body.error.details).toMatchObject({ headerRow: 1, headers: ['Agency chronology', ''] });
    const chosen = await upload(w, odd, { headerRow: '2', mapping: JSON.stringify({ date: 'When it happened', description: 'What was done' }) }).expect(200);
    expect(chosen.body.data).toMatchObject({ headerRow: 2, headers: ['When it happened', 'What was done'], errors: [] });
    await upload(w, odd, { headerRow: '2', dryRun: 'false', mapping: JSON.stringify({ date: 'When it happened', description: 'What was done' }) }).expect(200);
    expect((await listed(w)).map((e) => e.description)).toEqual(['Home visit']);
  });

  it('responds 422 naming headerRow when the chosen row is past the end of the file', async () => {
    const w = await world();
    const res = await upload(w, 'Date,Details\n14/03/2023,Home visit\n', { headerRow: '9' }).expect(422);
    expect(res.body.error.details.errors).toEqual([{ row: 0, field: 'headerRow', message: 'the file has 2 rows, so row 9 cannot be the header' }]);
  });

  it('responds 400 naming headerRow when it is not a row number', async () => {
    const w = await world();
    const res = await upload(w, 'Date,Details\n14/03/2023,Home visit\n', { headerRow: 'two' }).expect(400);
    expect(res.body.error.message).toMatch(/headerRow/);
  });
});

describe('import of a file with two identical rows', () => {
  const csv = 'Date,Details\n14/03/2023,Telephone call to mother; no answer\n15/03/2023,Home visit\n14/03/2023,Telephone call to mother;  no answer\n';

  it('reports the later row as a repeat of the earlier one in the dry run, and imports both', async () => {
    const w = await world();
    const dry = await upload(w, csv).expect(200);
    expect(dry.body.data.duplicates).toEqual([]);
    expect(dry.body.data.notes).toEqual([
      { row: 4, kind: 'repeat', message: 'row 4 repeats row 2 (the same date and entry text); both are imported as separate entries' },
    ]);
    const done = await upload(w, csv, { dryRun: 'false' }).expect(200);
    expect(done.body.data.imported).toBe(3);
    expect(await listed(w)).toHaveLength(3);
  });

  it('imports nothing new when the file with repeated rows is imported again', async () => {
    const w = await world();
    await upload(w, csv, { dryRun: 'false' }).expect(200);
    const again = await upload(w, csv, { dryRun: 'false' }).expect(200);
    expect(again.body.data).toMatchObject({ imported: 0, skipped: 3 });
    expect(await listed(w)).toHaveLength(3);
  });
});

describe('import of a file with merged-cell continuation rows', () => {
  it('joins a row with no date and only text to the entry above, reporting it in the dry run', async () => {
    const w = await world();
    const csv = 'Date,Details,Worker,Outcome\n14/03/2023,Home visit; mother present,SW1,Visit rebooked\n,child asleep upstairs,,\n,"mother says the flat is too small",,\n15/03/2023,Telephone call,SW1,\n';
    const dry = await upload(w, csv).expect(200);
    expect(dry.body.data.errors).toEqual([]);
    expect(dry.body.data.notes).toEqual([
      { row: 3, kind: 'continuation', message: 'row 3 has no date and continues row 2 (merged cells); its text is joined to that entry on a new line' },
      { row: 4, kind: 'continuation', message: 'row 4 has no date and continues row 2 (merged cells); its text is joined to that entry on a new line' },
    ]);
    expect(dry.body.data.rows.map((r: { rowNumber: number; description: string }) => [r.rowNumber, r.description])).toEqual([
      [2, 'Home visit; mother present\nchild asleep upstairs\nmother says the flat is too small\nOutcome: Visit rebooked\nWorker: SW1'],
      [5, 'Telephone call\nWorker: SW1'],
    ]);
    await upload(w, csv, { dryRun: 'false' }).expect(200);
    expect(await listed(w)).toHaveLength(2);
  });

  it('still refuses a row with a date but no entry text, and a dateless row that names a practitioner', async () => {
    const w = await world();
    const csv = 'Date,Details,Worker\n14/03/2023,Home visit,SW1\n15/03/2023,,SW1\n,Telephone call,SW2\n';
    const res = await upload(w, csv, { dryRun: 'false' }).expect(422);
    expect(res.body.error.details.errors).toEqual([
      { row: 3, field: 'description', message: 'the entry text is empty' },
      { row: 4, field: 'date', message: 'the date is empty' },
    ]);
  });

  it('refuses a dateless first row, which has no entry above it to continue', async () => {
    const w = await world();
    const res = await upload(w, 'Date,Details\n,Home visit\n14/03/2023,Telephone call\n', { dryRun: 'false' }).expect(422);
    expect(res.body.error.details.errors).toEqual([{ row: 2, field: 'date', message: 'the date is empty' }]);
  });
});

describe('import of implausible dates', () => {
  it('responds 422 for a date after today, before 1900 and the 1/1/1900 placeholder, each with its row and reason', async () => {
    const w = await world();
    const csv = 'Date,Details\n14/03/2023,Home visit\n14/03/2119,Telephone call\n1/1/1900,Referral received\n1899,Family history\n02/03/2026,Strategy meeting\n';
    const res = await upload(w, csv, { dryRun: 'false' }).expect(422);
    expect(res.body.error.details.errors).toEqual([
      { row: 3, field: 'date', message: '14 Mar 2119 is after today; a chronology records what has happened' },
      { row: 4, field: 'date', message: '1 Jan 1900 is what case systems write when the date is not known; write the date from the record, or at least its year' },
      { row: 5, field: 'date', message: '1899 is before 1900; check the date, or the date order chosen' },
      { row: 6, field: 'date', message: '2 Mar 2026 is after today; a chronology records what has happened' },
    ]);
    expect(await listed(w)).toEqual([]);
  });

  it('warns in the dry run of dates before the child’s date of birth or outside the scope period, and imports them', async () => {
    const w = await world();
    w.db.update(investigations).set({ scopeStart: '2019-01-01', scopeEnd: '2023-12-31' }).where(eq(investigations.id, w.investigationId)).run();
    const csv = 'Date,Details\nJune 2019,Antenatal appointment\n2018,Family history\n14/03/2023,Home visit\n01/01/2024,Review meeting\n';
    const dry = await upload(w, csv).expect(200);
    expect(dry.body.data.errors).toEqual([]);
    expect(dry.body.data.notes).toEqual([
      { row: 2, kind: 'date', message: "row 2: June 2019 is before the child's registered date of birth; kept, as entries before birth can be relevant" },
      { row: 3, kind: 'date', message: "row 3: 2018 is before the child's registered date of birth; kept, as entries before birth can be relevant" },
      { row: 3, kind: 'date', message: 'row 3: 2018 is before the scope period of the review' },
      { row: 5, kind: 'date', message: 'row 5: 1 Jan 2024 is after the scope period of the review' },
    ]);
    await upload(w, csv, { dryRun: 'false' }).expect(200);
    expect(await listed(w)).toHaveLength(4);
  });
});
