import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorOf } from '../../server/services/actor';
import { agencyService } from '../../server/services/agencies';
import { createInvestigation } from '../../server/services/investigations';
import { demoInvestigation } from '../../server/demo/demoRegistry';
import { buildTestApp, FIXED_NOW } from '../helpers/app';
import { buildChronologyWorld, uploadChronology } from '../helpers/chronologyFactories';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chronology/${name}`, import.meta.url));

async function world() {
  const { app, db } = buildTestApp();
  return { db, ...(await buildChronologyWorld(app, db)) };
}

async function listed(w: Awaited<ReturnType<typeof world>>) {
  const res = await w.clients.lead.get(`/api/investigations/${w.investigationId}/events`).expect(200);
  return res.body.data as { id: string; occurred: string; display: string; precision: string; description: string; agencyId: string; sourceIds: string[]; actorIds: string[] }[];
}

describe('POST /api/investigations/:id/chronology/import', () => {
  it('imports a clean file in one go, with every date at the precision written', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('csc-clean.csv'), { agencyId: w.agencies.csc, fileName: 'csc.csv' }).expect(200);
    expect(res.body.data).toMatchObject({ dryRun: false, imported: 5, skipped: 0, errors: [], encoding: 'utf-8', delimiter: ',' });
    expect(res.body.data.batchId).toMatch(/^[0-9a-f-]{36}$/);
    const events = await listed(w);
    expect(events.map((e) => [e.occurred, e.display, e.precision])).toEqual([
      ['2022~', 'c. 2022', 'year'],
      ['2023-03', 'March 2023', 'month'],
      ['2023-03-14T10:30', '14 Mar 2023 10:30', 'minute'],
      ['2023-03-22?', '22 Mar 2023 (uncertain)', 'day'],
      ['2023-04-01/2023-04-10', '1–10 Apr 2023', 'day'],
    ]);
  });

  it('keeps the worker and outcome as written, links recognised practitioners and creates the sources named', async () => {
    const w = await world();
    await uploadChronology(w.clients.lead, w.investigationId, fixture('csc-clean.csv'), { agencyId: w.agencies.csc }).expect(200);
    const visit = (await listed(w)).find((e) => e.occurred === '2023-03-14T10:30')!;
    expect(visit.description).toBe('Home visit by appointment; Zoë seen in the living room, playing\nOutcome: Visit rebooked\nWorker: Priya Natarajan');
    expect(visit.actorIds).toEqual([w.people.sw1]);
    const sources = (await w.clients.lead.get(`/api/investigations/${w.investigationId}/sources`).expect(200)).body.data as { id: string; title: string; agencyId: string }[];
    expect(sources.map((s) => s.title).sort()).toEqual(['Assessment', 'CSC case record', 'Case note 101', 'Case note 102', 'Case note 103']);
    expect(visit.sourceIds).toEqual([sources.find((s) => s.title === 'Case note 101')!.id]);
  });

  it('writes only references that exist, and references are checked again once the import is over', async () => {
    const w = await world();
    await uploadChronology(w.clients.lead, w.investigationId, fixture('csc-clean.csv'), { agencyId: w.agencies.csc }).expect(200);
    await uploadChronology(w.clients.lead, w.investigationId, fixture('bad-rows.csv'), { agencyId: w.agencies.csc }).expect(422);
    const client = w.db.$client;
    expect(client.pragma('foreign_key_check')).toEqual([]);
    expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
    const [entry] = await listed(w);
    expect(() => client.prepare('insert into event_sources (event_id, source_id) values (?, ?)').run(entry!.id, 'no-such-source'))
      .toThrow(/FOREIGN KEY constraint failed/);
  });

  it('responds 422 with every bad row number and reason, and imports nothing', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('bad-rows.csv'), { agencyId: w.agencies.csc }).expect(422);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.message).toMatch(/^4 rows cannot be imported and nothing was imported: row 3 date: /);
    expect(res.body.error.details.errors).toEqual([
      { row: 3, field: 'date', message: '"31/02/2023" is not a real date: February 2023 has 28 days' },
      { row: 4, field: 'time', message: '"25:00" is not a real time of day' },
      { row: 5, field: 'description', message: 'the entry text is empty' },
      { row: 6, field: 'childSeen', message: '"maybe" is not yes, no or blank' },
    ]);
    expect(await listed(w)).toEqual([]);
  });

  it('imports nothing new when the same file is imported again', async () => {
    const w = await world();
    await uploadChronology(w.clients.lead, w.investigationId, fixture('csc-clean.csv'), { agencyId: w.agencies.csc }).expect(200);
    const again = await uploadChronology(w.clients.lead, w.investigationId, fixture('csc-clean.csv'), { agencyId: w.agencies.csc }).expect(200);
    expect(again.body.data).toMatchObject({ imported: 0, skipped: 5, batchId: null });
    expect(again.body.data.duplicates.map((d: { rowNumber: number }) => d.rowNumber)).toEqual([2, 3, 4, 5, 6]);
    expect(await listed(w)).toHaveLength(5);
  });

  it('imports two identical rows of one file as two entries, and still nothing new on a second import', async () => {
    const w = await world();
    const csv = 'Date,Details\n14/03/2023,Telephone call to mother; no answer\n14/03/2023,Telephone call to mother; no answer\n';
    await uploadChronology(w.clients.lead, w.investigationId, csv, { agencyId: w.agencies.csc }).expect(200);
    const again = await uploadChronology(w.clients.lead, w.investigationId, csv, { agencyId: w.agencies.csc }).expect(200);
    expect(again.body.data.imported).toBe(0);
    expect(await listed(w)).toHaveLength(2);
  });

  it('previews a dry run (mapping, dates as understood, errors) without writing anything', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('bad-rows.csv'), { agencyId: w.agencies.csc, dryRun: true }).expect(200);
    expect(res.body.data).toMatchObject({
      dryRun: true, imported: 0, headers: ['Date', 'Time', 'Description', 'Child seen'],
      mapping: { date: 'Date', time: 'Time', description: 'Description', childSeen: 'Child seen' },
    });
    expect(res.body.data.rows).toEqual([{
      rowNumber: 2, dateText: '14/03/2023', occurred: '2023-03-14T10:30', display: '14 Mar 2023 10:30', precision: 'minute',
      uncertain: false, approximate: false, start: Date.parse('2023-03-14T10:30:00Z'), end: Date.parse('2023-03-14T10:30:59.999Z'),
      kind: 'event', description: 'Home visit', source: '', actor: '', outcome: '',
    }]);
    expect(res.body.data.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6]);
    expect(await listed(w)).toEqual([]);
  });

  it('reads Windows-1252 files from Excel so accented names survive', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('windows-1252.csv'), { agencyId: w.agencies.csc, dryRun: true }).expect(200);
    expect(res.body.data.encoding).toBe('windows-1252');
    expect(res.body.data.rows.map((r: { description: string }) => r.description)).toEqual([
      'Zoë seen at home with her mother – no concerns noted\nWorker: Lukasz', 'Visit to café with Zoë\nWorker: SW1',
    ]);
  });

  it('reads UTF-8 files with a byte order mark, and the first header is still "Date"', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('bom.csv'), { agencyId: w.agencies.csc, dryRun: true }).expect(200);
    expect(res.body.data).toMatchObject({ encoding: 'utf-8-bom', headers: ['Date', 'Details'], mapping: { date: 'Date', description: 'Details' } });
    expect(res.body.data.rows[0].description).toBe('Zoë seen at nursery');
  });

  it('reads semicolon files and keeps unmapped columns in the entry text', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('semicolon.csv'), { agencyId: w.agencies.csc, dryRun: true }).expect(200);
    expect(res.body.data.delimiter).toBe(';');
    expect(res.body.data.rows.map((r: { description: string }) => r.description)).toEqual([
      'Strategy discussion, agreed single-agency enquiry\nStaff member: SW1\nRef: R1', 'Home visit; child seen\nStaff member: SW1\nRef: R2',
    ]);
  });

  it('reads tab-separated files with dotted and am/pm times', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('tab.tsv'), { agencyId: w.agencies.health, dryRun: true }).expect(200);
    expect(res.body.data.delimiter).toBe('\t');
    expect(res.body.data.rows.map((r: { occurred: string }) => r.occurred)).toEqual(['2023-03-14T10:30', '2023-03-15T14:15']);
  });

  it('keeps quoted line breaks inside one entry and numbers rows as the spreadsheet does', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('quoted-newlines.csv'), { agencyId: w.agencies.csc, dryRun: true }).expect(200);
    expect(res.body.data.rows.map((r: { rowNumber: number; description: string }) => [r.rowNumber, r.description])).toEqual([
      [2, 'Home visit.\nMother said "we are fine".\nChild seen in bedroom.\nWorker: SW1'], [3, 'Telephone call\nWorker: SW1'],
    ]);
  });

  it('reads numeric dates in US order when asked', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('us-order.csv'), { agencyId: w.agencies.csc, dateOrder: 'us', dryRun: true }).expect(200);
    expect(res.body.data.rows.map((r: { occurred: string }) => r.occurred)).toEqual(['2023-03-14', '2023-12-01']);
  });

  it('suggests US order when a UK-order import meets a month above 12', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('us-order.csv'), { agencyId: w.agencies.csc }).expect(422);
    expect(res.body.error.details.errors[0]).toEqual({ row: 2, field: 'date', message: '"03/14/2023" has no month 14 — the file may use US order (month/day/year); choose US date order' });
  });

  it('uses an explicit column mapping for headers it does not recognise', async () => {
    const w = await world();
    const mapping = { date: 'When it happened', description: 'What happened', source: 'Recorded in' };
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('custom-headers.csv'), { agencyId: w.agencies.csc, mapping }).expect(200);
    expect(res.body.data).toMatchObject({ imported: 2, mapping });
  });

  it('responds 422 naming the field with no recognisable column', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('custom-headers.csv'), { agencyId: w.agencies.csc }).expect(422);
    expect(res.body.error.details.errors).toEqual([{ row: 1, field: 'mapping.date', message: 'no column looks like the date; name it in the mapping' }]);
  });

  it('responds 422 when the mapping names a column the file does not have', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('custom-headers.csv'), { agencyId: w.agencies.csc, mapping: { date: 'Date of contact', description: 'What happened' } }).expect(422);
    expect(res.body.error.message).toContain('mapping.date: no column called "Date of contact"');
  });

  it('responds 422 to malformed mapping JSON', async () => {
    const w = await world();
    const res = await w.clients.lead.post(`/api/investigations/${w.investigationId}/chronology/import?agencyId=${w.agencies.csc}&mapping=%7Bdate`, Buffer.from('Date,Details\n'))
      .set('Content-Type', 'text/csv').expect(422);
    expect(res.body.error.message).toMatch(/^mapping: must be JSON/);
  });

  it('refuses an Excel workbook with a clear message', async () => {
    const w = await world();
    const res = await uploadChronology(w.clients.lead, w.investigationId, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), { agencyId: w.agencies.csc }).expect(422);
    expect(res.body.error.message).toBe('the file cannot be imported: file: this is an Excel workbook (.xlsx); save it as CSV first (File › Save As › CSV)');
  });

  it('refuses an empty file and a file with a header only', async () => {
    const w = await world();
    await uploadChronology(w.clients.lead, w.investigationId, '', { agencyId: w.agencies.csc }).expect(422);
    const res = await uploadChronology(w.clients.lead, w.investigationId, 'Date,Details\n', { agencyId: w.agencies.csc }).expect(422);
    expect(res.body.error.details.errors[0].message).toBe('there are no rows under the header row');
  });

  it('suggests entries from another agency about the same occasion, and keeps both accounts', async () => {
    const w = await world();
    await uploadChronology(w.clients.lead, w.investigationId, fixture('csc-strategy.csv'), { agencyId: w.agencies.csc }).expect(200);
    const [csc] = await listed(w) as { id?: string }[] as { id: string }[];
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('police-strategy.csv'), { agencyId: w.agencies.police }).expect(200);
    expect(res.body.data.sameOccasion).toEqual([{ rowNumber: 2, eventId: csc!.id, agencyId: w.agencies.csc, similarity: expect.any(Number) }]);
    expect(res.body.data.sameOccasion[0].similarity).toBeGreaterThanOrEqual(0.35);
    expect(res.body.data.imported).toBe(2);
    expect(await listed(w)).toHaveLength(3);
  });

  it('responds 422 when the agency belongs to another investigation', async () => {
    const w = await world();
    const actor = actorOf(w.clients.lead.userId, FIXED_NOW);
    const other = createInvestigation(w.db, { ...actor, userId: w.clients.lead.userId }, { ...demoInvestigation, reference: 'OTHER-1' });
    const agency = agencyService.create(w.db, actor, other.id, { name: 'Other police', kind: 'police' });
    const res = await uploadChronology(w.clients.lead, w.investigationId, fixture('bom.csv'), { agencyId: agency.id }).expect(422);
    expect(res.body.error.message).toBe('agencyId: no such agency in this investigation');
  });

  it('responds 403 to panel members and observers, and 404 to outsiders', async () => {
    const w = await world();
    for (const role of ['panel', 'observer'] as const) {
      await uploadChronology(w.clients[role], w.investigationId, fixture('bom.csv'), { agencyId: w.agencies.csc, dryRun: true }).expect(403);
    }
    await uploadChronology(w.clients.outsider, w.investigationId, fixture('bom.csv'), { agencyId: w.agencies.csc }).expect(404);
  });
});
