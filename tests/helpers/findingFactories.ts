import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/open';
import { factors } from '../../schema/tables';
import { agencyService } from '../../server/services/agencies';
import { createPerson } from '../../server/services/people';
import { actorOf } from '../../server/services/actor';
import type { PersonCreateInput } from '../../schema/contracts/registry';
import { FIXED_NOW, type Client } from './app';

const actor = actorOf(null, FIXED_NOW);

/** Inserts a factor row directly (the factor analysis has its own API; findings only need the row). */
export function buildFactor(db: Db, investigationId: string, o: { level?: string; influence?: string; statement?: string; reviewStatus?: string } = {}) {
  return db.insert(factors).values({
    id: randomUUID(), investigationId, level: o.level ?? 'organisational', category: 'workload',
    statement: o.statement ?? 'Caseloads in the team were above the agreed level', influence: o.influence ?? 'hindered',
    reviewStatus: o.reviewStatus ?? 'proposed', contextTags: [], createdAt: actor.at, updatedAt: actor.at,
  }).returning().get();
}

/** Adds an agency to an investigation. */
export function buildAgency(db: Db, investigationId: string, name = "Northbridge Children's Social Care") {
  return agencyService.create(db, actor, investigationId, { name, kind: 'childrens_social_care' });
}

/** Registers a person in an investigation's identity registry. */
export function buildPerson(db: Db, investigationId: string, o: Partial<PersonCreateInput> & { realName: string }) {
  return createPerson(db, actor, investigationId, {
    kind: 'family_member', aliases: [], dateOfBirth: null, identifiers: [], relationship: '', agencyId: null, jobTitle: '', ...o,
  });
}

/** Records a finding through the API resting on the given factors. */
export async function buildFinding(client: Client, investigationId: string, factorIds: string[], body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/investigations/${investigationId}/findings`, {
    type: 'contributing_factor', statement: 'Caseloads above the agreed level left little time for home visits', factorIds, ...body,
  });
  if (res.status !== 201) throw new Error(`finding: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; version: number; factorIds: string[]; position: number };
}

/** Drafts a recommendation through the API (addressed to "NHS England" unless told otherwise). */
export async function buildDraft(client: Client, investigationId: string, findingIds: string[], body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/investigations/${investigationId}/recommendations`, {
    findingIds, addresseeName: 'NHS England', text: 'Review the caseload model for health visiting teams', ...body,
  });
  if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; version: number };
}

/** Drafts and issues a recommendation through the API. */
export async function buildIssued(client: Client, investigationId: string, findingIds: string[], body: Record<string, unknown> = {}, issue: Record<string, unknown> = {}) {
  const draft = await buildDraft(client, investigationId, findingIds, body);
  const res = await client.post(`/api/investigations/${investigationId}/recommendations/${draft.id}/issue`, { version: draft.version, ...issue });
  if (res.status !== 200) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; identifier: string; version: number; issuedAt: string; responseDueAt: string };
}
