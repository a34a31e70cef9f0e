import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app';
import { buildChronologyWorld, buildEvent, uploadChronology } from '../helpers/chronologyFactories';

async function world() {
  const { app, db } = buildTestApp();
  const w = await buildChronologyWorld(app, db);
  const lead = w.clients.lead.userId;
  const a = buildEvent(db, w.investigationId, lead, {
    occurred: '2023-03-14?', agencyId: w.agencies.csc, actorIds: [w.people.sw1], subjectIds: [w.people.child],
    description: 'Priya Natarajan visits; Zoë Thornbury is seen.', sourceIds: [w.sourceId], childSeen: true,
  });
  const b = buildEvent(db, w.investigationId, lead, { occurred: '2023-04', agencyId: w.agencies.police, description: 'Strategy discussion.' });
  await w.clients.lead.post(`/api/investigations/${w.investigationId}/events/${b.id}/links`, { otherEventId: a.id, kind: 'conflicts_with' }).expect(201);
  return { db, ...w, base: `/api/investigations/${w.investigationId}` };
}

const csvText = (res: { text: string }) => res.text.replace(/^\uFEFF/, '');

describe('GET /api/investigations/:id/chronology.csv', () => {
  it('gives the lead investigator real names, dates as shown and as stored, agencies, sources and links', async () => {
    const w = await world();
    const res = await w.clients.lead.get(`${w.base}/chronology.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=chronology-TEST-\d+\.csv$/);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const lines = csvText(res).split('\r\n');
    expect(lines[0]).toBe('Entry,Date,Date (EDTF),Precision,Uncertain,Approximate,Earliest,Latest,Kind,Agency,Practitioners,Child and family,Description,Known at the time,Child seen,Child\'s words,Shared with,Sources,Confidence,Key practice episode,Linked entries,Unsourced');
    expect(lines[1]).toBe('1,14 Mar 2023 (uncertain),2023-03-14?,day,yes,no,2023-03-14T00:00:00.000Z,2023-03-14T23:59:59.999Z,Event,Children\'s Social Care,"Priya Natarajan (Social Worker 1, SW1)",Zoë Thornbury (Child A),Priya Natarajan visits; Zoë Thornbury is seen.,,yes,,,CSC case record (CR-1),Fact,,conflicts with entry 2,no');
    expect(lines[2]).toBe('2,April 2023,2023-04,month,no,no,2023-04-01T00:00:00.000Z,2023-04-30T23:59:59.999Z,Event,Police,,,Strategy discussion.,,,,,,Fact,,conflicts with entry 1,yes');
  });

  it('gives panel members and observers pseudonyms and role codes, never a registered name', async () => {
    const w = await world();
    for (const role of ['panel', 'observer'] as const) {
      const text = csvText(await w.clients[role].get(`${w.base}/chronology.csv`).expect(200));
      expect(text).toContain('Social Worker 1 (SW1),Child A,Social Worker 1 visits; Child A is seen.');
      for (const name of ['Priya', 'Natarajan', 'Zoë', 'Thornbury']) expect(text).not.toContain(name);
    }
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const w = await world();
    await uploadChronology(w.clients.lead, w.investigationId, readFileSync(new URL('../fixtures/chronology/formula.csv', import.meta.url)), { agencyId: w.agencies.csc }).expect(200);
    const text = csvText(await w.clients.lead.get(`${w.base}/chronology.csv`).expect(200));
    expect(text).toContain(`"'=HYPERLINK(""http://example.test"")`);
    expect(text).toContain("'@SUM(A1)");
    expect(text).not.toMatch(/(^|,)"?[=+@]/m);
  });
});

describe('GET /api/investigations/:id/chronology.json', () => {
  it('exports the same chronology as JSON, pseudonymised for panel members', async () => {
    const w = await world();
    const lead = await w.clients.lead.get(`${w.base}/chronology.json`).expect(200);
    expect(lead.headers['content-disposition']).toMatch(/filename=chronology-TEST-\d+\.json/);
    const body = JSON.parse(lead.text);
    expect(body.events[0]).toMatchObject({ date: '14 Mar 2023 (uncertain)', practitioners: ['Priya Natarajan (Social Worker 1, SW1)'], agency: "Children's Social Care", unsourced: false });
    const panel = JSON.parse((await w.clients.panel.get(`${w.base}/chronology.json`).expect(200)).text);
    expect(panel.events[0]).toMatchObject({ practitioners: ['Social Worker 1 (SW1)'], childAndFamily: ['Child A'], description: 'Social Worker 1 visits; Child A is seen.' });
    expect(JSON.stringify(panel)).not.toMatch(/Thornbury|Natarajan|Zoë/);
  });

  it('responds 404 to someone who is not a member', async () => {
    const w = await world();
    await w.clients.outsider.get(`${w.base}/chronology.json`).expect(404);
  });
});
