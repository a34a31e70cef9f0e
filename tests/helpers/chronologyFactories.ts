import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { actorOf } from '../../server/services/actor';
import { agencyService } from '../../server/services/agencies';
import { createPerson } from '../../server/services/people';
import { createEvent } from '../../server/services/events';
import { sourceService } from '../../server/services/sources';
import type { EventCreateInput } from '../../schema/contracts/chronology';
import { EventCreateSchema } from '../../schema/contracts/chronology';
import { buildInvestigationWithRoles, FIXED_NOW, type Client } from './app';

/**
 * An investigation with clients for every role, three agencies, a registry (a child with a real name,
 * her mother, a social worker and a police officer) and one source.
 */
export async function buildChronologyWorld(app: Express, db: Db) {
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const actor = actorOf(clients.lead.userId, FIXED_NOW);
  const agency = (name: string, kind: 'childrens_social_care' | 'police' | 'health') => agencyService.create(db, actor, investigationId, { name, kind }).id;
  const agencies = { csc: agency("Children's Social Care", 'childrens_social_care'), police: agency('Police', 'police'), health: agency('Health Visiting', 'health') };
  const person = (input: Parameters<typeof createPerson>[3]) => createPerson(db, actor, investigationId, input).id;
  const people = {
    child: person({ kind: 'child', realName: 'Zoë Thornbury', aliases: [], dateOfBirth: '2019-09-02', identifiers: [], relationship: '', agencyId: null, jobTitle: '', pseudonym: 'Child A' }),
    mother: person({ kind: 'family_member', realName: 'Kayleigh Thornbury', aliases: [], dateOfBirth: null, identifiers: [], relationship: 'Mother', agencyId: null, jobTitle: '' }),
    sw1: person({ kind: 'practitioner', realName: 'Priya Natarajan', aliases: [], dateOfBirth: null, identifiers: [], relationship: '', agencyId: agencies.csc, jobTitle: 'Social worker' }),
    pc1: person({ kind: 'practitioner', realName: 'Sam Reid', aliases: [], dateOfBirth: null, identifiers: [], relationship: '', agencyId: agencies.police, jobTitle: 'Police constable' }),
  };
  const sourceId = sourceService.create(db, actor, investigationId, { title: 'CSC case record', agencyId: agencies.csc, kind: 'case_record', reference: 'CR-1' }).id;
  return { investigationId, clients, agencies, people, sourceId };
}

/** Records an entry through the service, with sensible defaults. */
export function buildEvent(db: Db, investigationId: string, userId: string, overrides: Partial<EventCreateInput> = {}) {
  const input = EventCreateSchema.parse({ occurred: '2023-03-14', kind: 'event', description: 'Home visit by the social worker.', ...overrides });
  return createEvent(db, actorOf(userId, FIXED_NOW), investigationId, input);
}

/** Options of an import request. */
export interface UploadOptions { agencyId: string; dryRun?: boolean; dateOrder?: 'uk' | 'us'; mapping?: Record<string, string>; fileName?: string }

/** Posts a file body to the import endpoint as an agency's spreadsheet export. */
export function uploadChronology(client: Client, investigationId: string, body: string | Buffer, o: UploadOptions) {
  const q = new URLSearchParams({ agencyId: o.agencyId });
  if (o.dryRun) q.set('dryRun', 'true');
  if (o.dateOrder) q.set('dateOrder', o.dateOrder);
  if (o.mapping) q.set('mapping', JSON.stringify(o.mapping));
  if (o.fileName) q.set('fileName', o.fileName);
  return client.post(`/api/investigations/${investigationId}/chronology/import?${q}`, Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'))
    .set('Content-Type', 'text/csv');
}
