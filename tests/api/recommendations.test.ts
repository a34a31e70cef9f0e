import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildAgency, buildDraft, buildFactor, buildFinding, buildIssued, buildPerson } from '../helpers/findingFactories';

async function setup(now?: () => Date) {
  const { app, db } = buildTestApp({ now });
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const finding = await buildFinding(clients.lead, investigationId, [buildFactor(db, investigationId).id]);
  const base = `/api/investigations/${investigationId}/recommendations`;
  return { app, db, investigationId, clients, base, finding };
}

describe('POST /api/investigations/:id/recommendations', () => {
  it('drafts a recommendation to an agency of the investigation, showing the agency name, without an identifier', async () => {
    const { db, investigationId, clients, base, finding } = await setup();
    const agency = buildAgency(db, investigationId);
    const res = await clients.investigator.post(base, {
      findingIds: [finding.id], addresseeAgencyId: agency.id, text: 'Set a caseload ceiling for the assessment team',
      intendedOutcome: 'Time for home visits', measure: 'Quarterly caseload audit',
    }).expect(201);
    expect(res.body.data).toMatchObject({
      identifier: null, status: 'draft', assessment: 'awaiting_response', addresseeAgencyId: agency.id,
      addresseeName: agency.name, findingIds: [finding.id], issuedAt: null, responseDueAt: null, overdue: false, version: 1,
    });
  });

  it('drafts a recommendation to another named organisation', async () => {
    const { investigationId, clients, finding } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id], { addresseeName: 'Department for Education' });
    expect(draft).toMatchObject({ addresseeAgencyId: null, addresseeName: 'Department for Education' });
  });

  it('responds 422 naming addresseeAgencyId when no addressee is given, and for an agency of another investigation', async () => {
    const { app, db, clients, base } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const theirs = buildAgency(db, other.investigationId);
    expect((await clients.lead.post(base, { text: 'x' }).expect(422)).body.error.message).toMatch(/^addresseeAgencyId: /);
    expect((await clients.lead.post(base, { text: 'x', addresseeAgencyId: theirs.id }).expect(422)).body.error.message)
      .toBe('addresseeAgencyId: no such agency in this investigation');
  });

  it('responds 422 naming the entry when a finding belongs to another investigation', async () => {
    const { app, db, clients, base, finding } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const theirs = await buildFinding(other.clients.lead, other.investigationId, []);
    const res = await clients.lead.post(base, { text: 'x', addresseeName: 'NHS England', findingIds: [finding.id, theirs.id] }).expect(422);
    expect(res.body.error.message).toBe('findingIds[1]: no such finding in this investigation');
  });
});

describe('refusing a person as addressee', () => {
  const cases = [
    ['the real name', 'Darren Fowler'],
    ['the real name in capitals', 'DARREN FOWLER'],
    ['a title and surname', 'Mr Fowler'],
    ['a title, initial and surname in lower case', 'mr d. fowler'],
    ['an alias', 'daz'],
    ['the pseudonym', "mother's PARTNER"],
    ['the role code of a practitioner', 'sw1'],
    ['the pseudonym of a practitioner', 'Social Worker 1'],
    ['a full name inside a longer addressee', 'Dr Helen Okafor, Riverside Medical Practice'],
  ] as const;

  for (const [what, name] of cases) {
    it(`responds 422 when the addressee is ${what} ("${name}"), creating nothing`, async () => {
      const { db, investigationId, clients, base } = await setup();
      buildPerson(db, investigationId, { realName: 'Darren Fowler', aliases: ['Daz'], relationship: "Mother's partner", pseudonym: "Mother's partner" });
      buildPerson(db, investigationId, { kind: 'practitioner', realName: 'Priya Natarajan', jobTitle: 'Social worker' });
      buildPerson(db, investigationId, { kind: 'practitioner', realName: 'Helen Okafor', jobTitle: 'GP' });
      const res = await clients.lead.post(base, { text: 'x', addresseeName: name }).expect(422);
      expect(res.body.error.message).toMatch(/^addresseeName: .*never to a person/);
      expect((await clients.lead.get(base)).body.data).toEqual([]);
    });
  }

  it('accepts an organisation whose name shares a word with a registered person', async () => {
    const { db, investigationId, clients, base } = await setup();
    buildPerson(db, investigationId, { kind: 'practitioner', realName: 'Marcus Bell', jobTitle: 'Housing officer' });
    await clients.lead.post(base, { text: 'x', addresseeName: 'Bell Street Surgery' }).expect(201);
  });

  it('refuses to issue a draft whose addressee has since been registered, and an edit to a pseudonym', async () => {
    const { db, investigationId, clients, base, finding } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id], { addresseeName: 'Kay Thornbury' });
    const edit = await clients.lead.patch(`${base}/${draft.id}`, { version: 1, addresseeName: 'Zo' });
    expect(edit.status).toBe(200);
    buildPerson(db, investigationId, { kind: 'child', realName: 'Zoë Thornbury', aliases: ['Zo'], pseudonym: 'Child A' });
    const issue = await clients.lead.post(`${base}/${draft.id}/issue`, { version: 2 }).expect(422);
    expect(issue.body.error.message).toMatch(/^addresseeName: /);
    await clients.lead.patch(`${base}/${draft.id}`, { version: 2, addresseeName: 'CHILD a' }).expect(422);
  });
});

describe('POST /api/investigations/:id/recommendations/:recId/issue', () => {
  it('allocates YYYY-001 for the year of issue, issues today and sets the response due 90 days later', async () => {
    const { investigationId, clients, finding } = await setup();
    const rec = await buildIssued(clients.lead, investigationId, [finding.id]);
    expect(rec).toMatchObject({ identifier: '2026-001', status: 'open', issuedAt: '2026-03-01', responseDueAt: '2026-05-30', version: 2 });
  });

  it('takes the due date from responseDays or from an explicit date, and the year from a backdated issue date', async () => {
    const { investigationId, clients, finding } = await setup();
    const a = await buildIssued(clients.lead, investigationId, [finding.id], {}, { responseDays: 30 });
    const b = await buildIssued(clients.lead, investigationId, [finding.id], {}, { issuedOn: '2025-12-20', responseDueAt: '2026-02-01' });
    expect(a).toMatchObject({ identifier: '2026-001', responseDueAt: '2026-03-31' });
    expect(b).toMatchObject({ identifier: '2025-001', issuedAt: '2025-12-20', responseDueAt: '2026-02-01' });
  });

  it('responds 422 naming the field for a future issue date, one before the incident, a due date not after issue, or both kinds of due date', async () => {
    const { investigationId, clients, base, finding } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    const issue = (body: object) => clients.lead.post(`${base}/${draft.id}/issue`, { version: 1, ...body }).expect(422);
    expect((await issue({ issuedOn: '2026-03-02' })).body.error.message).toBe('issuedOn: must not be in the future');
    expect((await issue({ issuedOn: '1999-01-01' })).body.error.message).toBe('issuedOn: must not be before the incident date (2024-01-18): a recommendation comes from the review of it');
    expect((await issue({ responseDueAt: '2026-03-01' })).body.error.message).toMatch(/^responseDueAt: must be after the issue date/);
    expect((await issue({ responseDays: 10, responseDueAt: '2026-06-01' })).body.error.message).toMatch(/^responseDueAt: give either/);
    const list = await clients.lead.get(base);
    expect(list.body.data[0]).toMatchObject({ status: 'draft', identifier: null });
  });

  it('responds 422 naming findingIds when the draft addresses no finding', async () => {
    const { investigationId, clients, base } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, []);
    const res = await clients.lead.post(`${base}/${draft.id}/issue`, { version: 1 }).expect(422);
    expect(res.body.error.message).toMatch(/^findingIds: /);
  });

  it('responds 422 when issuing twice, and 409 when the version is stale', async () => {
    const { investigationId, clients, base, finding } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    await clients.lead.post(`${base}/${draft.id}/issue`, { version: 2 }).expect(409);
    await clients.lead.post(`${base}/${draft.id}/issue`, { version: 1 }).expect(200);
    const again = await clients.lead.post(`${base}/${draft.id}/issue`, { version: 2 }).expect(422);
    expect(again.body.error.message).toMatch(/^status: recommendation 2026-001 has already been issued/);
  });

  it('gives unique, gap-free numbers per year to many issue requests sent at once, across investigations', async () => {
    const { app, db, investigationId, clients, finding } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const otherFinding = await buildFinding(other.clients.lead, other.investigationId, []);
    const drafts = await Promise.all([
      ...Array.from({ length: 12 }, () => buildDraft(clients.lead, investigationId, [finding.id]).then((d) => ({ d, c: clients.lead, inv: investigationId }))),
      ...Array.from({ length: 12 }, () => buildDraft(other.clients.lead, other.investigationId, [otherFinding.id]).then((d) => ({ d, c: other.clients.lead, inv: other.investigationId }))),
    ]);
    const results = await Promise.all(drafts.map(({ d, c, inv }) => c.post(`/api/investigations/${inv}/recommendations/${d.id}/issue`, { version: 1 })));
    expect(results.map((r) => r.status)).toEqual(Array(24).fill(200));
    const identifiers = results.map((r) => r.body.data.identifier as string).sort();
    expect(identifiers).toEqual(Array.from({ length: 24 }, (_, i) => `2026-${String(i + 1).padStart(3, '0')}`));
  });

  it('never reuses a number: deleting a draft frees nothing, and a later issue takes the next number', async () => {
    const { investigationId, clients, base, finding } = await setup();
    const first = await buildIssued(clients.lead, investigationId, [finding.id]);
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    await clients.lead.delete(`${base}/${draft.id}?version=1`).expect(204);
    const second = await buildIssued(clients.lead, investigationId, [finding.id]);
    expect([first.identifier, second.identifier]).toEqual(['2026-001', '2026-002']);
  });

  it('never reuses a number even when the investigation holding the latest one is deleted', async () => {
    const { app, db, investigationId, clients, finding } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const otherFinding = await buildFinding(other.clients.lead, other.investigationId, []);
    await buildIssued(clients.lead, investigationId, [finding.id]);
    await buildIssued(other.clients.lead, other.investigationId, [otherFinding.id]);
    await other.clients.lead.delete(`/api/investigations/${other.investigationId}?version=1`).expect(204);
    const next = await buildIssued(clients.lead, investigationId, [finding.id]);
    expect(next.identifier).toBe('2026-003');
  });
});

describe('PATCH and DELETE /api/investigations/:id/recommendations/:recId', () => {
  it('edits a draft and refuses a stale edit with 409', async () => {
    const { investigationId, clients, base, finding } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    const res = await clients.lead.patch(`${base}/${draft.id}`, { version: 1, text: 'Revised text', findingIds: [] }).expect(200);
    expect(res.body.data).toMatchObject({ text: 'Revised text', findingIds: [], version: 2 });
    expect((await clients.investigator.patch(`${base}/${draft.id}`, { version: 1, text: 'Other' }).expect(409)).body.error.details.currentVersion).toBe(2);
  });

  it('lets an issued recommendation change only its position and response due date', async () => {
    const { investigationId, clients, base, finding } = await setup();
    const rec = await buildIssued(clients.lead, investigationId, [finding.id]);
    const locked = await clients.lead.patch(`${base}/${rec.id}`, { version: 2, text: 'Changed after issue' }).expect(422);
    expect(locked.body.error.message).toMatch(/^text: recommendation 2026-001 has been issued/);
    const extended = await clients.lead.patch(`${base}/${rec.id}`, { version: 2, responseDueAt: '2026-07-01', position: 3 }).expect(200);
    expect(extended.body.data).toMatchObject({ responseDueAt: '2026-07-01', position: 3, text: 'Review the caseload model for health visiting teams' });
  });

  it('deletes a draft but responds 422 for an issued recommendation', async () => {
    const { investigationId, clients, base, finding } = await setup();
    const rec = await buildIssued(clients.lead, investigationId, [finding.id]);
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    expect((await clients.lead.delete(`${base}/${rec.id}?version=2`).expect(422)).body.error.message).toMatch(/^status: /);
    await clients.lead.delete(`${base}/${draft.id}?version=1`).expect(204);
    expect((await clients.lead.get(base)).body.data.map((r: { id: string }) => r.id)).toEqual([rec.id]);
  });

  it('refuses panel members and observers with 403 and non-members with 404', async () => {
    const { investigationId, clients, base, finding } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    for (const role of ['panel', 'observer'] as const) {
      await clients[role].post(base, { text: 'x', addresseeName: 'NHS England' }).expect(403);
      await clients[role].post(`${base}/${draft.id}/issue`, { version: 1 }).expect(403);
      await clients[role].get(base).expect(200);
    }
    await clients.outsider.post(`${base}/${draft.id}/issue`, { version: 1 }).expect(404);
    await clients.outsider.get(base).expect(404);
  });
});
