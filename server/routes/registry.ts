import { z } from 'zod';
import {
  AgencyCreateSchema, AgencySchema, AgencyUpdateSchema, PersonCreateSchema, PersonSchema, PersonUpdateSchema,
  PlaceCreateSchema, PlaceSchema, PlaceUpdateSchema, PseudonymSuggestionSchema,
} from '../../schema/contracts/registry';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import { PersonKindSchema } from '../../schema/contracts/enums';
import { defineRoute } from '../http/route';
import { actorOf } from '../services/actor';
import { agencyService } from '../services/agencies';
import { createPerson, deletePerson, listPeopleRows, presentPerson, suggestFor, updatePerson } from '../services/people';
import { placeService, presentPlace } from '../services/places';

const read = { kind: 'member', permission: 'investigation.read' } as const;
const edit = { kind: 'member', permission: 'registry.edit' } as const;

/** Agencies, the identity registry (people) and identifying places. */
export const registryRoutes = [
  defineRoute({
    method: 'get', path: '/api/investigations/:id/agencies', tag: 'agencies', summary: 'Agencies involved',
    access: read, response: z.array(AgencySchema),
    handler: ({ db, member }) => agencyService.list(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/agencies', tag: 'agencies', summary: 'Add an agency', status: 201,
    access: edit, body: AgencyCreateSchema, response: AgencySchema,
    handler: ({ db, user, member, body, now }) => agencyService.create(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id/agencies/:agencyId', tag: 'agencies', summary: 'Edit an agency',
    access: edit, body: AgencyUpdateSchema, response: AgencySchema,
    handler: ({ db, user, member, body, params, now }) =>
      agencyService.update(db, actorOf(user!.id, now()), member!.investigationId, params.agencyId!, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id/agencies/:agencyId', tag: 'agencies', summary: 'Remove an agency',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) =>
      agencyService.remove(db, actorOf(user!.id, now()), member!.investigationId, params.agencyId!, query.version),
  }),
  defineRoute({
    method: 'get', path: '/api/investigations/:id/people', tag: 'people',
    summary: 'The identity registry (real identities only for lead investigators and investigators)',
    access: read, response: z.array(PersonSchema),
    handler: ({ db, member }) => listPeopleRows(db, member!.investigationId).map((r) => presentPerson(r, member!.canSeeIdentities)),
  }),
  defineRoute({
    method: 'get', path: '/api/investigations/:id/people/suggestion', tag: 'people', summary: 'A free pseudonym and role code for a new entry',
    access: edit, query: z.object({ kind: PersonKindSchema, relationship: z.string().max(200).optional(), jobTitle: z.string().max(200).optional() }),
    response: PseudonymSuggestionSchema,
    handler: ({ db, member, query }) => suggestFor(db, member!.investigationId, query.kind, query.relationship, query.jobTitle),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/people', tag: 'people', summary: 'Register a person', status: 201,
    access: edit, body: PersonCreateSchema, response: PersonSchema,
    handler: ({ db, user, member, body, now }) => createPerson(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id/people/:personId', tag: 'people', summary: 'Edit a registry entry',
    access: edit, body: PersonUpdateSchema, response: PersonSchema,
    handler: ({ db, user, member, body, params, now }) =>
      updatePerson(db, actorOf(user!.id, now()), member!.investigationId, params.personId!, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id/people/:personId', tag: 'people', summary: 'Remove a registry entry',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) =>
      deletePerson(db, actorOf(user!.id, now()), member!.investigationId, params.personId!, query.version),
  }),
  defineRoute({
    method: 'get', path: '/api/investigations/:id/places', tag: 'places', summary: 'Identifying places (schools, streets) and their replacements',
    access: read, response: z.array(PlaceSchema),
    handler: ({ db, member }) => placeService.list(db, member!.investigationId).map((r) => presentPlace(r, member!.canSeeIdentities)),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/places', tag: 'places', summary: 'Register an identifying place', status: 201,
    access: edit, body: PlaceCreateSchema, response: PlaceSchema,
    handler: ({ db, user, member, body, now }) => presentPlace(placeService.create(db, actorOf(user!.id, now()), member!.investigationId, body), true),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id/places/:placeId', tag: 'places', summary: 'Edit an identifying place',
    access: edit, body: PlaceUpdateSchema, response: PlaceSchema,
    handler: ({ db, user, member, body, params, now }) =>
      presentPlace(placeService.update(db, actorOf(user!.id, now()), member!.investigationId, params.placeId!, body), true),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id/places/:placeId', tag: 'places', summary: 'Remove an identifying place',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) =>
      placeService.remove(db, actorOf(user!.id, now()), member!.investigationId, params.placeId!, query.version),
  }),
];
