import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/open';
import { buildInvestigationWithRoles, buildTestApp, type Client } from '../helpers/app';
import { tableCounts } from '../helpers/routeMatrix';

let db: Db;
let base: string;
let lead: Client;
let panel: Client;

beforeEach(async () => {
  const test = buildTestApp();
  db = test.db;
  const { clients, investigationId } = await buildInvestigationWithRoles(test.app, db);
  ({ lead, panel } = clients);
  base = `/api/investigations/${investigationId}`;
  await lead.post(`${base}/people`, { kind: 'family_member', realName: "Kayleigh O'Brien", relationship: 'Mother', aliases: ['Kay'] }).expect(201);
});

describe('registry entries whose pseudonym holds a registered name', () => {
  it("responds 422 naming pseudonym when a new entry's pseudonym is another person's name, and registers nothing", async () => {
    const before = tableCounts(db);
    const res = await lead.post(`${base}/people`, { kind: 'family_member', realName: 'Jo Bloggs', relationship: 'Aunt', pseudonym: 'Kayleigh' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^pseudonym: "Kayleigh" contains "Kayleigh", a name of another registered person \(Mother\)/);
    expect(tableCounts(db)).toEqual(before);
    const seen = (await panel.get(`${base}/people`).expect(200)).body.data.map((p: { pseudonym: string }) => p.pseudonym);
    expect(seen).toEqual(['Mother']);
  });

  it("responds 422 naming pseudonym when an edit makes a pseudonym one of the person's own names", async () => {
    const child = (await lead.post(`${base}/people`, { kind: 'child', realName: 'Zoë Łukasz-Smith' }).expect(201)).body.data;
    const res = await lead.patch(`${base}/people/${child.id}`, { version: 1, pseudonym: 'Zoe' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('pseudonym: "Zoe" contains "Zoe", a name of this person; a pseudonym must not reveal who it stands for');
  });

  it("responds 422 naming aliases when a new alias is a word of another entry's pseudonym", async () => {
    const res = await lead.post(`${base}/people`, { kind: 'child', realName: 'Zoë Smith', aliases: ['Mother'] });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^aliases\[0\]: "Mother" is also in the pseudonym "Mother" of another entry/);
  });

  it('still registers and edits entries whose pseudonyms hold no registered name', async () => {
    const aunt = (await lead.post(`${base}/people`, { kind: 'family_member', realName: 'Jo Bloggs', relationship: 'Aunt' }).expect(201)).body.data;
    expect(aunt.pseudonym).toBe('Aunt');
    await lead.patch(`${base}/people/${aunt.id}`, { version: 1, aliases: ['Auntie Jo'] }).expect(200);
  });
});
