import { beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { buildInvestigationWithRoles, buildTestApp, FIXED_NOW, TEST_PASSWORD, type Client } from '../helpers/app';
import { readBriefly, ensureEntity, isMemberRoute, matrixEntities, matrixWorld, pathParams, routeName, routeTable } from '../helpers/routeMatrix';
import { defineRoute } from '../../server/http/route';
import { mountRoutes } from '../../server/http/mount';
import { conflict } from '../../server/http/errors';
import { errorHandler } from '../../server/http/errorHandler';
import { foldName } from '../../server/anonymise/normalise';
import type { MemberRole } from '../../schema/contracts/enums';

/** Everything registered about the family, in the forms the free text below uses. */
const REGISTERED = [
  'Zoë', 'Zoe', 'Thornbury', 'Zo', 'Kayleigh', 'Kay', 'Darren', 'Fowler', 'Daz', 'Priya', 'Natarajan',
  'Little Acorns', '2019-09-02', '02/09/2019', '2nd September 2019', '1997-05-21', '21.05.97',
  '943 476 5919', '9434765919', '943-476-5919',
];

const STORY = 'Zoë Thornbury (known as Zo, born 02/09/2019, NHS 943 476 5919) lived with her mother KAYLEIGH THORNBURY '
  + "and Kayleigh's partner Daz (Darren Fowler) near Little Acorns Nursery. Ms K. Thornbury (DOB 21.05.97) said zoe "
  + 'had been unwell since 2nd September 2019; Priya Natarajan recorded NHS number 9434765919 and 943-476-5919. '
  + "Thornbury's home was visited. Kay said Darren's car was outside.";

/** Text columns of every other entity, so list endpoints added later carry the names too. */
const textOverrides: Record<string, Record<string, unknown>> = {
  source: { title: `Record: ${STORY}`, reference: STORY },
  episode: { title: 'Episode: Kayleigh', summary: STORY, knownAtTime: STORY, localRationality: STORY },
  event: { description: STORY, knownAtTime: STORY, childWords: STORY, sharedWith: STORY },
  secondEvent: { description: STORY },
  eventLink: { note: STORY },
  factor: { statement: `Factor about Zoë: ${STORY}`, description: STORY },
  factorLink: { rationale: STORY },
  checkAcknowledgement: { reason: STORY },
  finding: { statement: STORY, inThisCase: STORY, notUnique: STORY, whyItMatters: STORY, boardQuestions: [STORY] },
  recommendation: { text: STORY, intendedOutcome: STORY, measure: STORY, statusReason: STORY },
  response: { text: STORY },
  safetyAction: { description: STORY },
  comment: { body: STORY },
  reviewDecision: { reason: STORY },
};

const fold = (s: string) => foldName(s);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The registered strings found in a body: case- and accent-insensitive, short ones as whole words. */
function leaks(body: string): string[] {
  const text = fold(body);
  return REGISTERED.filter((term) => {
    const t = fold(term);
    if (t.length > 4) return text.includes(t);
    return new RegExp(`(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
}

let app: Express;
let db: Db;
let investigationId: string;
let clients: Record<MemberRole | 'outsider', Client>;

beforeAll(async () => {
  ({ app, db } = buildTestApp());
  ({ investigationId, clients } = await buildInvestigationWithRoles(app, db));
  const lead = clients.lead;
  const inv = (await lead.get(`/api/investigations/${investigationId}`).expect(200)).body.data;
  await lead.patch(`/api/investigations/${investigationId}`, {
    version: inv.version, summary: STORY, methodology: `Conversations with Priya Natarajan and Ms K. Thornbury. ${STORY}`,
    termsOfReference: ["How did agencies respond to Kayleigh's concerns about Darren?"],
    parallelProcesses: ['Police investigation concerning Darren Fowler'], outcome: 'Zoë was seriously harmed',
    commissioningBody: 'Northbridge Partnership',
  }).expect(200);
  const agency = (await lead.post(`/api/investigations/${investigationId}/agencies`, { name: 'Northbridge Social Care', kind: 'childrens_social_care' }).expect(201)).body.data;
  const people = [
    { kind: 'child', realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }] },
    { kind: 'family_member', realName: 'Kayleigh Thornbury', aliases: ['Kay'], dateOfBirth: '1997-05-21', relationship: 'Mother' },
    { kind: 'family_member', realName: 'Darren Fowler', aliases: ['Daz'], relationship: "Kayleigh's partner" },
    { kind: 'practitioner', realName: 'Priya Natarajan', jobTitle: 'Social worker', agencyId: agency.id },
  ];
  for (const p of people) await lead.post(`/api/investigations/${investigationId}/people`, p).expect(201);
  await lead.post(`/api/investigations/${investigationId}/places`, { kind: 'school', realName: 'Little Acorns Nursery', replacement: 'the nursery' }).expect(201);
  const world = matrixWorld(db, investigationId, lead.userId, textOverrides);
  for (const entity of matrixEntities()) ensureEntity(world, entity);
});

/** GET routes that list or show an investigation's content: only `:id` (the investigation) or no params at all. */
const readRoutes = routeTable().filter((r) => r.method === 'get' && r.access.kind !== 'public' && r.access.kind !== 'admin'
  && (isMemberRoute(r) ? !r.access.investigationOf && pathParams(r.path).join() === 'id' : pathParams(r.path).length === 0));

async function readEverything(role: MemberRole) {
  const out: { route: string; status: number; text: string }[] = [];
  for (const r of readRoutes) {
    const res = await readBriefly(clients[role].get(r.path.replace(':id', investigationId)));
    out.push({ route: routeName(r), status: res.status, text: res.text });
  }
  return out;
}

describe('identities in responses', () => {
  it('covers the investigation, its registry and its lists', () => {
    const names = readRoutes.map(routeName);
    expect(names).toEqual(expect.arrayContaining([
      'GET /api/investigations', 'GET /api/investigations/:id', 'GET /api/investigations/:id/people',
      'GET /api/investigations/:id/places', 'GET /api/investigations/:id/agencies',
    ]));
  });

  for (const role of ['panel', 'observer'] as const) {
    it(`never gives a ${role} member a registered real name, alias, date of birth or identifier`, async () => {
      const found = (await readEverything(role)).flatMap((r) => leaks(r.text).map((term) => `${r.route} (${r.status}): ${term}`));
      expect(found).toEqual([]);
    });

    it(`answers a ${role} member without a server error`, async () => {
      const failed = (await readEverything(role)).filter((r) => r.status >= 500).map((r) => `${r.route}: ${r.text.slice(0, 200)}`);
      expect(failed).toEqual([]);
    });
  }

  it('gives an investigator every registered identity, so the checks above can fail', async () => {
    const all = (await readEverything('investigator')).map((r) => r.text).join('\n');
    expect(REGISTERED.filter((term) => !leaks(all).includes(term))).toEqual([]);
  });

  it('shows a panel member pseudonyms in place of the registry fields and names in text', async () => {
    const people = (await clients.panel.get(`/api/investigations/${investigationId}/people`).expect(200)).body.data;
    const byPseudonym = new Map<string, Record<string, unknown>>(people.map((p: { pseudonym: string }) => [p.pseudonym, p]));
    expect(byPseudonym.get('Child A')).toMatchObject({ realName: null, aliases: null, dateOfBirth: null, identifiers: null, displayName: 'Child A' });
    expect(byPseudonym.get('Family member 1')?.relationship).toBe("Mother's partner");
    const inv = (await clients.panel.get(`/api/investigations/${investigationId}`).expect(200)).body.data;
    expect(inv.termsOfReference).toEqual(["How did agencies respond to Mother's concerns about Family member 1?"]);
    expect(inv.outcome).toBe('Child A was seriously harmed');
  });
});

describe('errors sent to roles that may not see identities', () => {
  it('carry pseudonyms in their message and details', async () => {
    const probe = express();
    probe.use(express.json());
    const router = express.Router();
    mountRoutes(router, [defineRoute({
      method: 'get', path: '/probe/:id', tag: 'probe', summary: 'probe', access: { kind: 'member', permission: 'investigation.read' },
      handler: () => { throw conflict('Kayleigh Thornbury changed this', { currentVersion: 2, current: { body: STORY } }); },
    })], { db, now: () => FIXED_NOW, uploadLimit: '1mb' });
    probe.use(router);
    probe.use(errorHandler);
    const cookie = await request(app).post('/api/session').send({ email: clients.panel.email, password: TEST_PASSWORD });
    const res = await request(probe).get(`/probe/${investigationId}`).set('Cookie', String(cookie.headers['set-cookie']).split(';')[0]!);
    expect(res.status).toBe(409);
    expect(res.body.error.details.currentVersion).toBe(2);
    expect(leaks(res.text)).toEqual([]);
    expect(res.body.error.message).toBe('Mother changed this');
  });
});
