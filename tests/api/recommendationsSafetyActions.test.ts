import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildAgency } from '../helpers/findingFactories';

async function setup() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const agency = buildAgency(db, investigationId);
  return { app, db, investigationId, clients, agency, base: `/api/investigations/${investigationId}/safety-actions` };
}

describe('/api/investigations/:id/safety-actions', () => {
  it('records, lists by date, edits and removes safety action already taken', async () => {
    const { clients, agency, base } = await setup();
    const later = await clients.investigator.post(base, { agencyId: agency.id, takenOn: '2025-11-01', description: 'Caseload ceiling of 18 introduced' }).expect(201);
    await clients.lead.post(base, { agencyId: agency.id, takenOn: '2024-06-01', description: 'Joint visit protocol agreed' }).expect(201);
    const list = await clients.observer.get(base).expect(200);
    expect(list.body.data.map((a: { takenOn: string }) => a.takenOn)).toEqual(['2024-06-01', '2025-11-01']);
    const edited = await clients.lead.patch(`${base}/${later.body.data.id}`, { version: 1, description: 'Caseload ceiling of 16 introduced' }).expect(200);
    expect(edited.body.data).toMatchObject({ description: 'Caseload ceiling of 16 introduced', version: 2 });
    await clients.lead.patch(`${base}/${later.body.data.id}`, { version: 1, description: 'Stale' }).expect(409);
    await clients.lead.delete(`${base}/${later.body.data.id}?version=2`).expect(204);
    expect((await clients.lead.get(base)).body.data).toHaveLength(1);
  });

  it('responds 422 naming the field for a future date or an agency of another investigation', async () => {
    const { app, db, clients, agency, base } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const theirs = buildAgency(db, other.investigationId);
    expect((await clients.lead.post(base, { agencyId: agency.id, takenOn: '2026-03-02', description: 'x' }).expect(422)).body.error.message)
      .toMatch(/^takenOn: /);
    expect((await clients.lead.post(base, { agencyId: theirs.id, takenOn: '2026-01-02', description: 'x' }).expect(422)).body.error.message)
      .toBe('agencyId: no such agency in this investigation');
    expect((await clients.lead.get(base)).body.data).toEqual([]);
  });

  it('refuses panel members and observers with 403 and non-members with 404', async () => {
    const { clients, agency, base } = await setup();
    const body = { agencyId: agency.id, takenOn: '2025-01-01', description: 'x' };
    await clients.panel.post(base, body).expect(403);
    await clients.observer.post(base, body).expect(403);
    await clients.outsider.post(base, body).expect(404);
    await clients.outsider.get(base).expect(404);
  });
});
