import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import type { Db } from '../../server/db/open';
import type { RouteSpec } from '../../server/http/route';
import { allRoutes } from '../../server/routes';
import { grants, type Permission } from '../../server/auth/permissions';
import { memberRoles, type MemberRole } from '../../schema/contracts/enums';
import * as t from '../../schema/tables';

/** Every route of the app, exactly as createApp mounts them. */
export const routeTable = (): RouteSpec[] => allRoutes({ hours: 12, secureCookies: false });

/** A route whose access rule is investigation membership. */
export type MemberRoute = RouteSpec & { access: { kind: 'member'; permission: Permission; investigationOf?: (db: Db, params: Record<string, string>) => string | undefined } };

/** Narrows a route to a member route. */
export const isMemberRoute = (r: RouteSpec): r is MemberRoute => r.access.kind === 'member';

/** Roles that do not hold the permission, read from the permission table. */
export const rolesLacking = (permission: Permission): MemberRole[] =>
  memberRoles.filter((role) => !(grants[permission] as readonly MemberRole[]).includes(role));

/** "GET /api/x/:id" — how a route is named in test titles. */
export const routeName = (r: RouteSpec) => `${r.method.toUpperCase()} ${r.path}`;

/** The path parameters a route declares, in order. */
export const pathParams = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

/** Extra column values per entity, e.g. free text that mentions registered names. */
export type EntityOverrides = Record<string, Record<string, unknown>>;
interface World { db: Db; investigationId: string; userId: string; made: Map<string, string>; overrides: EntityOverrides }
type Table = Parameters<Db['insert']>[0];
type Factory = (w: World, ensure: (entity: string) => string) => [Table, Record<string, unknown>];

const at = '2026-03-01T09:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };

/** The table and values of one row of each entity in the investigation; `ensure` makes what it hangs off. */
const entityFactories: Record<string, Factory> = {
  agency: (w) => [t.agencies, { investigationId: w.investigationId, name: `Agency ${randomUUID()}`, kind: 'other', ...stamps }],
  person: (w) => [t.people, {
    investigationId: w.investigationId, kind: 'other', realName: 'Matrix Person', aliases: [], identifiers: [],
    pseudonym: `Matrix ${randomUUID()}`, ...stamps,
  }],
  place: (w) => [t.places, { investigationId: w.investigationId, kind: 'other', realName: 'Matrix Place', replacement: '[place]', ...stamps }],
  account: () => [t.users, { email: `${randomUUID()}@matrix.test`, name: 'Matrix member', passwordHash: 'x', ...stamps }],
  member: (w, ensure) => [t.memberships, { investigationId: w.investigationId, userId: ensure('account'), role: 'observer', ...stamps }],
  source: (w) => [t.sources, { investigationId: w.investigationId, title: 'Matrix source', kind: 'other', ...stamps }],
  episode: (w) => [t.episodes, { investigationId: w.investigationId, title: 'Matrix episode', ...stamps }],
  importBatch: (w, ensure) => [t.importBatches, {
    investigationId: w.investigationId, agencyId: ensure('agency'), fileHash: 'x', rowCount: 0, importedAt: at,
  }],
  event: (w) => [t.events, {
    investigationId: w.investigationId, occurred: '2023-03-14', sortStart: Date.parse('2023-03-14'), sortEnd: Date.parse('2023-03-15') - 1,
    precision: 'day', kind: 'event', description: 'Matrix event', ...stamps,
  }],
  secondEvent: (w, ensure) => entityFactories.event!(w, ensure),
  eventLink: (w, ensure) => {
    const [eventAId, eventBId] = [ensure('event'), ensure('secondEvent')].sort();
    return [t.eventLinks, { investigationId: w.investigationId, eventAId, eventBId, kind: 'conflicts_with', ...stamps }];
  },
  factor: (w) => [t.factors, {
    investigationId: w.investigationId, level: 'organisational', category: 'workload', statement: 'Matrix factor', contextTags: [], ...stamps,
  }],
  factorLink: (w, ensure) => [t.factorLinks, { investigationId: w.investigationId, fromFactorId: ensure('factor'), toKind: 'outcome', ...stamps }],
  factorEvidence: (w, ensure) => [t.factorEvidence, { factorId: ensure('factor'), eventId: ensure('event') }],
  checkAcknowledgement: (w) => [t.checkAcknowledgements, {
    investigationId: w.investigationId, ruleId: 'matrix', targetKey: randomUUID(), reason: 'considered', ...stamps,
  }],
  finding: (w) => [t.findings, {
    investigationId: w.investigationId, type: 'other_key_finding', statement: 'Matrix finding', boardQuestions: [], ...stamps,
  }],
  recommendation: (w) => [t.recommendations, {
    investigationId: w.investigationId, addresseeName: 'Matrix agency', text: 'Matrix recommendation', ...stamps,
  }],
  response: (w, ensure) => [t.recommendationResponses, {
    recommendationId: ensure('recommendation'), receivedOn: '2026-01-01', organisation: 'Matrix agency', text: 'Response',
    assessment: 'awaiting_response', ...stamps,
  }],
  safetyAction: (w) => [t.safetyActions, { investigationId: w.investigationId, takenOn: '2025-01-01', description: 'Matrix action', ...stamps }],
  comment: (w, ensure) => [t.comments, {
    investigationId: w.investigationId, targetKind: 'factor', targetId: ensure('factor'), body: 'Matrix comment', authorRole: 'lead', ...stamps,
  }],
  reviewDecision: (w, ensure) => [t.reviewDecisions, {
    investigationId: w.investigationId, targetKind: 'factor', targetId: ensure('factor'), status: 'accepted', reason: 'Matrix', authorRole: 'panel', ...stamps,
  }],
  snapshot: (w) => [t.snapshots, { investigationId: w.investigationId, label: 'Matrix snapshot', takenAt: at, content: {}, sha256: 'x' }],
  report: (w) => [t.reports, {
    investigationId: w.investigationId, template: 'standard', edition: 'restricted', stage: 'final', sha256: 'x', generatedAt: at,
  }],
  publication: (w) => [t.publications, {
    investigationId: w.investigationId, slug: `matrix-${randomUUID()}`, publicationVersion: 1, title: 'Matrix', year: 2026, dateStyle: 'month',
    content: { investigation: { publishingArea: 'Anonymous', summary: '' }, agencies: [], factors: [], findings: [], recommendations: [] }, pdf: Buffer.from('%PDF'), sha256: 'x', signOff: {}, publishedAt: at, ...stamps,
  }],
};

/** Path parameter names that name an entity (for routes whose investigation is found from that entity). */
const paramEntities: Record<string, string> = {
  agencyId: 'agency', personId: 'person', placeId: 'place', memberId: 'member', sourceId: 'source', episodeId: 'episode',
  batchId: 'importBatch', importId: 'importBatch', eventId: 'event', linkId: 'eventLink', eventLinkId: 'eventLink',
  factorId: 'factor', factorLinkId: 'factorLink', evidenceId: 'factorEvidence', ackId: 'checkAcknowledgement',
  acknowledgementId: 'checkAcknowledgement', findingId: 'finding', recId: 'recommendation', recommendationId: 'recommendation',
  responseId: 'response', actionId: 'safetyAction', safetyActionId: 'safetyAction', commentId: 'comment',
  decisionId: 'reviewDecision', reviewId: 'reviewDecision', snapshotId: 'snapshot', reportId: 'report', publicationId: 'publication',
};

/** For `/api/<collection>/:id` routes found through investigationOf: which entity `:id` names. */
const collectionEntities: Record<string, string> = {
  agencies: 'agency', people: 'person', places: 'place', members: 'member', sources: 'source', episodes: 'episode',
  imports: 'importBatch', events: 'event', links: 'eventLink', factors: 'factor', 'factor-links': 'factorLink',
  evidence: 'factorEvidence', acknowledgements: 'checkAcknowledgement', findings: 'finding', recommendations: 'recommendation',
  responses: 'response', 'safety-actions': 'safetyAction', actions: 'safetyAction', comments: 'comment', decisions: 'reviewDecision',
  snapshots: 'snapshot', reports: 'report', publications: 'publication',
};

/** An investigation the matrix fills paths against: its id, a member's id, and the rows made so far. */
export function matrixWorld(db: Db, investigationId: string, userId: string, overrides: EntityOverrides = {}): World {
  return { db, investigationId, userId, made: new Map(), overrides };
}

function ensureIn(w: World) {
  const ensure = (entity: string): string => {
    const existing = w.made.get(entity);
    if (existing) return existing;
    const factory = entityFactories[entity];
    if (!factory) throw new Error(`routeMatrix: no factory for entity "${entity}"`);
    const [table, values] = factory(w, ensure);
    const id = randomUUID();
    w.db.insert(table).values({ id, ...values, ...w.overrides[entity] } as never).run();
    w.made.set(entity, id);
    return id;
  };
  return ensure;
}

/** Names of the entities the matrix can create. */
export const matrixEntities = () => Object.keys(entityFactories);

/** Creates (once per world) a row of the named entity and returns its id. */
export const ensureEntity = (w: World, entity: string) => ensureIn(w)(entity);

/**
 * The concrete URL and params for a route: `:id` is the investigation; other params are random UUIDs
 * (authorisation comes before loading), except on routes found through `investigationOf`, whose params
 * become real rows in the investigation. An unknown param on such a route fails loudly so no route
 * slips through the matrix.
 */
export function fillPath(route: RouteSpec, w: World): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const segments = route.path.split('/');
  const viaEntity = isMemberRoute(route) && route.access.investigationOf !== undefined;
  const ensure = ensureIn(w);
  segments.forEach((segment, i) => {
    if (!segment.startsWith(':')) return;
    const name = segment.slice(1);
    const previous = segments[i - 1] ?? '';
    if (!viaEntity) {
      params[name] = name === 'id' && isMemberRoute(route) ? w.investigationId : randomUUID();
      return;
    }
    if (name === 'id' && previous === 'investigations') { params[name] = w.investigationId; return; }
    const entity = name === 'id' ? collectionEntities[previous] : paramEntities[name];
    if (!entity) {
      throw new Error(
        `routeMatrix cannot fill :${name} in ${routeName(route)} (its investigation comes from investigationOf). ` +
        `Add the param to paramEntities (or the collection "${previous}" to collectionEntities) in tests/helpers/routeMatrix.ts.`,
      );
    }
    params[name] = ensure(entity);
  });
  const url = route.path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name]!));
  return { url, params };
}

/** Sends a request and reads its body; a stream (Server-Sent Events) is read for `ms` and then closed. */
export function readBriefly(test: Test, ms = 300): Promise<{ status: number; text: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    test.buffer(true).parse((response, done) => {
      const res = response as unknown as import('node:http').IncomingMessage;
      let text = '';
      res.setEncoding('utf8');
      const finish = () => { clearTimeout(timer); done(null, text); };
      const timer = setTimeout(() => { res.removeAllListeners('end'); res.destroy(); finish(); }, ms);
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', finish);
    }).then((res) => {
      let body: unknown = null;
      try { body = JSON.parse(res.body as string); } catch { body = null; }
      resolve({ status: res.status, text: res.body as string, body });
    }, reject);
  });
}

/** Row counts of every table (the audit log included): compare before and after a refused request. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}
