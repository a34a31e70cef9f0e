import { beforeEach, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { buildInvestigationWithRoles, buildTestApp, type Client } from '../helpers/app';
import { tableCounts } from '../helpers/routeMatrix';
import type { MemberRole } from '../../schema/contracts/enums';

let app: Express;
let db: Db;
let base: string;
let clients: Record<MemberRole | 'outsider', Client>;

beforeEach(async () => {
  ({ app, db } = buildTestApp());
  const built = await buildInvestigationWithRoles(app, db);
  clients = built.clients;
  base = `/api/investigations/${built.investigationId}`;
});

const addPerson = async (body: object) => (await clients.lead.post(`${base}/people`, body).expect(201)).body.data;
const otherInvestigation = async () =>
  `/api/investigations/${(await clients.lead.post('/api/investigations', { reference: `OTHER-${Math.random()}`.slice(0, 12), title: 'Other' }).expect(201)).body.data.id}`;

describe('POST /api/investigations/:id/agencies', () => {
  it('adds an agency with a kind', async () => {
    const res = await clients.investigator.post(`${base}/agencies`, { name: "Northbridge Children's Social Care", kind: 'childrens_social_care' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ name: "Northbridge Children's Social Care", kind: 'childrens_social_care', version: 1 });
  });

  it('responds 422 naming name when the investigation already has that agency, in any case', async () => {
    await clients.lead.post(`${base}/agencies`, { name: 'Northbridge Police', kind: 'police' }).expect(201);
    const res = await clients.lead.post(`${base}/agencies`, { name: 'northbridge police ', kind: 'police' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^name: /);
  });

  it('allows the same agency name in another investigation', async () => {
    await clients.lead.post(`${base}/agencies`, { name: 'Northbridge Police', kind: 'police' }).expect(201);
    await clients.lead.post(`${await otherInvestigation()}/agencies`, { name: 'Northbridge Police', kind: 'police' }).expect(201);
  });

  it('responds 400 naming kind for an unknown kind', async () => {
    const res = await clients.lead.post(`${base}/agencies`, { name: 'Somewhere', kind: 'charity' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^kind: /);
  });
});

describe('GET /api/investigations/:id/agencies', () => {
  it('lists agencies by name, to every member', async () => {
    for (const name of ['Police', 'Health', 'Education']) await clients.lead.post(`${base}/agencies`, { name, kind: 'other' }).expect(201);
    const res = await clients.observer.get(`${base}/agencies`).expect(200);
    expect(res.body.data.map((a: { name: string }) => a.name)).toEqual(['Education', 'Health', 'Police']);
  });
});

describe('PATCH and DELETE /api/investigations/:id/agencies/:agencyId', () => {
  it('renames an agency, refusing a name in use with 422', async () => {
    await clients.lead.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(201);
    const health = (await clients.lead.post(`${base}/agencies`, { name: 'Health', kind: 'health' }).expect(201)).body.data;
    expect((await clients.lead.patch(`${base}/agencies/${health.id}`, { version: 1, name: 'Police' })).status).toBe(422);
    const res = await clients.lead.patch(`${base}/agencies/${health.id}`, { version: 1, name: 'Health Visiting' }).expect(200);
    expect(res.body.data).toMatchObject({ name: 'Health Visiting', version: 2 });
  });

  it("removes an agency, leaving its practitioners in the registry without one", async () => {
    const agency = (await clients.lead.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(201)).body.data;
    const pc = await addPerson({ kind: 'practitioner', realName: 'Sam Reid', jobTitle: 'Police constable', agencyId: agency.id });
    await clients.lead.delete(`${base}/agencies/${agency.id}?version=1`).expect(204);
    const people = (await clients.lead.get(`${base}/people`)).body.data;
    expect(people.find((p: { id: string }) => p.id === pc.id).agencyId).toBeNull();
  });

  it('responds 404 for an agency of another investigation', async () => {
    const other = await otherInvestigation();
    const agency = (await clients.lead.post(`${other}/agencies`, { name: 'Police', kind: 'police' }).expect(201)).body.data;
    await clients.lead.patch(`${base}/agencies/${agency.id}`, { version: 1, name: 'Mine now' }).expect(404);
    await clients.lead.delete(`${base}/agencies/${agency.id}?version=1`).expect(404);
  });
});

describe('POST /api/investigations/:id/people', () => {
  it('suggests Child A, then Child B', async () => {
    expect((await addPerson({ kind: 'child', realName: 'Zoë Thornbury' })).pseudonym).toBe('Child A');
    expect((await addPerson({ kind: 'child', realName: 'Tyler Thornbury' })).pseudonym).toBe('Child B');
  });

  it('suggests relationships for family members: Mother, Father, Sibling 1, Sibling 2', async () => {
    const made = [];
    for (const relationship of ['Mother', 'Dad', 'Brother', 'half-sister', "Mum's partner", 'Maternal grandmother', 'Neighbour']) {
      made.push((await addPerson({ kind: 'family_member', realName: `Person ${made.length}`, relationship })).pseudonym);
    }
    expect(made).toEqual(['Mother', 'Father', 'Sibling 1', 'Sibling 2', "Mother's partner", 'Grandmother', 'Family member 1']);
  });

  it('suggests a role code and role pseudonym for practitioners: SW1, SW2, HV1', async () => {
    const sw1 = await addPerson({ kind: 'practitioner', realName: 'Priya Natarajan', jobTitle: 'Social worker' });
    const sw2 = await addPerson({ kind: 'practitioner', realName: 'Owen Pritchard', jobTitle: 'Senior social worker' });
    const hv1 = await addPerson({ kind: 'practitioner', realName: 'Łukasz Nowak', jobTitle: 'Health visitor' });
    expect([sw1, sw2, hv1].map((p) => [p.roleCode, p.pseudonym])).toEqual([
      ['SW1', 'Social Worker 1'], ['SW2', 'Social Worker 2'], ['HV1', 'Health Visitor 1'],
    ]);
  });

  it('keeps a pseudonym and role code given by the investigator', async () => {
    const p = await addPerson({ kind: 'practitioner', realName: 'Helen Okafor', jobTitle: 'GP', pseudonym: 'Doctor 1', roleCode: 'GP7' });
    expect(p).toMatchObject({ pseudonym: 'Doctor 1', roleCode: 'GP7', realName: 'Helen Okafor', displayName: 'Helen Okafor (Doctor 1)' });
  });

  it('stores aliases, date of birth and identifiers', async () => {
    const p = await addPerson({
      kind: 'child', realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }],
    });
    expect(p).toMatchObject({ aliases: ['Zo'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }] });
  });

  it('responds 422 naming pseudonym when it is used in this investigation, in any case', async () => {
    await addPerson({ kind: 'child', realName: 'Zoë' });
    const counts = tableCounts(db);
    const res = await clients.lead.post(`${base}/people`, { kind: 'child', realName: 'Tyler', pseudonym: 'child a' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^pseudonym: /);
    expect(tableCounts(db)).toEqual(counts);
  });

  it('responds 422 naming roleCode when it is used in this investigation', async () => {
    await addPerson({ kind: 'practitioner', realName: 'Priya', jobTitle: 'Social worker' });
    const res = await clients.lead.post(`${base}/people`, { kind: 'practitioner', realName: 'Owen', roleCode: 'sw1' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^roleCode: /);
  });

  it('allows the same pseudonym in another investigation', async () => {
    await addPerson({ kind: 'child', realName: 'Zoë' });
    const res = await clients.lead.post(`${await otherInvestigation()}/people`, { kind: 'child', realName: 'Someone else' }).expect(201);
    expect(res.body.data.pseudonym).toBe('Child A');
  });

  it('responds 422 naming agencyId when the agency belongs to another investigation or does not exist', async () => {
    const foreign = (await clients.lead.post(`${await otherInvestigation()}/agencies`, { name: 'Police', kind: 'police' }).expect(201)).body.data;
    for (const agencyId of [foreign.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await clients.lead.post(`${base}/people`, { kind: 'practitioner', realName: 'Sam Reid', agencyId });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(/^agencyId: /);
    }
  });

  it('responds 400 naming the field for a bad date of birth or identifier', async () => {
    const res = await clients.lead.post(`${base}/people`, { kind: 'child', realName: 'Zoë', dateOfBirth: '02/09/2019', identifiers: [{ kind: 'NHS', value: '' }] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['dateOfBirth', 'identifiers[0].value']);
  });
});

describe('GET /api/investigations/:id/people/suggestion', () => {
  it('suggests the next free pseudonym and role code without creating anything', async () => {
    await addPerson({ kind: 'child', realName: 'Zoë' });
    const child = await clients.lead.get(`${base}/people/suggestion?kind=child`).expect(200);
    expect(child.body.data).toEqual({ pseudonym: 'Child B', roleCode: null });
    const hv = await clients.lead.get(`${base}/people/suggestion?kind=practitioner&jobTitle=Health%20visitor`).expect(200);
    expect(hv.body.data).toEqual({ pseudonym: 'Health Visitor 1', roleCode: 'HV1' });
    expect(tableCounts(db).people).toBe(1);
  });

  it('responds 400 naming kind when it is missing', async () => {
    const res = await clients.lead.get(`${base}/people/suggestion`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^kind: /);
  });
});

describe('GET /api/investigations/:id/people', () => {
  it('gives investigators real identities and panel members pseudonyms only', async () => {
    await addPerson({ kind: 'child', realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02' });
    const [asInvestigator] = (await clients.investigator.get(`${base}/people`).expect(200)).body.data;
    expect(asInvestigator).toMatchObject({ realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02', displayName: 'Zoë Thornbury (Child A)' });
    const [asPanel] = (await clients.panel.get(`${base}/people`).expect(200)).body.data;
    expect(asPanel).toMatchObject({ realName: null, aliases: null, dateOfBirth: null, identifiers: null, displayName: 'Child A' });
  });
});

describe('PATCH /api/investigations/:id/people/:personId', () => {
  it('edits an entry and refuses a pseudonym or agency that breaks the rules', async () => {
    await addPerson({ kind: 'family_member', realName: 'Kayleigh', relationship: 'Mother' });
    const child = await addPerson({ kind: 'child', realName: 'Zoë' });
    expect((await clients.lead.patch(`${base}/people/${child.id}`, { version: 1, pseudonym: 'Mother' })).status).toBe(422);
    const foreign = (await clients.lead.post(`${await otherInvestigation()}/agencies`, { name: 'Police', kind: 'police' }).expect(201)).body.data;
    expect((await clients.lead.patch(`${base}/people/${child.id}`, { version: 1, agencyId: foreign.id })).status).toBe(422);
    const res = await clients.lead.patch(`${base}/people/${child.id}`, { version: 1, pseudonym: 'Child Z', realName: 'Zoe' }).expect(200);
    expect(res.body.data).toMatchObject({ pseudonym: 'Child Z', realName: 'Zoe', version: 2 });
  });

  it('keeps its own pseudonym when it is sent back unchanged', async () => {
    const child = await addPerson({ kind: 'child', realName: 'Zoë' });
    await clients.lead.patch(`${base}/people/${child.id}`, { version: 1, pseudonym: 'Child A', roleCode: null }).expect(200);
  });
});

describe('DELETE /api/investigations/:id/people/:personId', () => {
  it('removes an entry, freeing its pseudonym', async () => {
    const child = await addPerson({ kind: 'child', realName: 'Zoë' });
    await clients.lead.delete(`${base}/people/${child.id}?version=1`).expect(204);
    expect((await addPerson({ kind: 'child', realName: 'Tyler' })).pseudonym).toBe('Child A');
  });
});

describe('/api/investigations/:id/places', () => {
  it('registers, lists, edits and removes an identifying place; panel members see only the replacement', async () => {
    const place = (await clients.lead.post(`${base}/places`, { kind: 'school', realName: 'Little Acorns Nursery', replacement: 'the nursery' }).expect(201)).body.data;
    expect(place).toMatchObject({ kind: 'school', realName: 'Little Acorns Nursery', replacement: 'the nursery', version: 1 });
    const [asPanel] = (await clients.panel.get(`${base}/places`).expect(200)).body.data;
    expect(asPanel).toMatchObject({ realName: null, replacement: 'the nursery' });
    const edited = (await clients.lead.patch(`${base}/places/${place.id}`, { version: 1, replacement: 'a nursery' }).expect(200)).body.data;
    expect(edited).toMatchObject({ replacement: 'a nursery', version: 2 });
    await clients.lead.delete(`${base}/places/${place.id}?version=2`).expect(204);
    expect((await clients.lead.get(`${base}/places`)).body.data).toEqual([]);
  });

  it('responds 400 naming kind for an unknown kind of place', async () => {
    const res = await clients.lead.post(`${base}/places`, { kind: 'castle', realName: 'X', replacement: 'Y' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^kind: /);
  });
});
