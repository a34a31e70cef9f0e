import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { investigations, memberships, recommendations } from '../../schema/tables';
import type { AnnualSummary, RegisterEntry, RegisterQuery } from '../../schema/contracts/findings';
import type { MemberRole } from '../../schema/contracts/enums';
import { allows, canSeeIdentities } from '../auth/permissions';
import type { Redactor } from '../anonymise/registryRedactor';
import { dateOf } from '../findings/dates';
import { filterRegister, type RegisterFilter } from '../findings/registerFilter';
import { annualSummary } from '../findings/summary';
import { loadContext, presentRecommendation } from './recommendations';
import { redactorFor } from './redaction';

/** Free-text fields of a register entry that may carry a registered identity. */
const TEXT_FIELDS = ['investigationReference', 'investigationTitle', 'addresseeName', 'text', 'intendedOutcome', 'measure', 'statusReason'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Every issued recommendation of the investigations the user is a member of, as stored (identities not yet removed). */
function loadEntries(db: Conn, userId: string, roles: Map<string, MemberRole>, now: Date): RegisterEntry[] {
  if (roles.size === 0) return [];
  const rows = db.select({ rec: recommendations, reference: investigations.reference, title: investigations.title })
    .from(recommendations).innerJoin(investigations, eq(investigations.id, recommendations.investigationId))
    .where(and(inArray(recommendations.investigationId, [...roles.keys()]), isNotNull(recommendations.identifier))).all();
  const ctx = loadContext(db, rows.map((r) => r.rec), dateOf(now));
  const identifiers = new Map(rows.map((r) => [r.rec.id, r.rec.identifier]));
  const missing = rows.flatMap((r) => (r.rec.supersededById && !identifiers.has(r.rec.supersededById) ? [r.rec.supersededById] : []));
  if (missing.length > 0) {
    for (const r of db.select({ id: recommendations.id, identifier: recommendations.identifier }).from(recommendations)
      .where(inArray(recommendations.id, missing)).all()) identifiers.set(r.id, r.identifier);
  }
  return rows.map(({ rec, reference, title }) => {
    const p = presentRecommendation(rec, ctx);
    return {
      id: p.id, identifier: p.identifier!, investigationId: p.investigationId, investigationReference: reference, investigationTitle: title,
      addresseeName: p.addresseeName, text: p.text, intendedOutcome: p.intendedOutcome, measure: p.measure,
      status: p.status, assessment: p.assessment, issuedAt: p.issuedAt!, responseDueAt: p.responseDueAt!,
      responseCount: p.responseCount, lastResponseOn: ctx.responses.get(p.id)?.last ?? null, overdue: p.overdue,
      statusReason: p.statusReason, supersededByIdentifier: p.supersededById ? identifiers.get(p.supersededById) ?? null : null,
      canEdit: allows(roles.get(p.investigationId)!, 'recommendations.edit'),
    };
  });
}

/**
 * The register as one user may see it. Entries of investigations where the user's role may not see
 * identities are pseudonymised with that investigation's registry: the addressee before filtering (so a
 * filter cannot probe real names), the other text only for the entries returned.
 */
function registerFor(db: Conn, userId: string, filter: RegisterFilter, now: Date) {
  const roles = new Map(db.select({ id: memberships.investigationId, role: memberships.role }).from(memberships)
    .where(eq(memberships.userId, userId)).all().map((m) => [m.id, m.role as MemberRole]));
  const redactors = new Map<string, Redactor | null>();
  const redactorOf = (investigationId: string): Redactor | null => {
    if (!redactors.has(investigationId)) {
      redactors.set(investigationId, canSeeIdentities(roles.get(investigationId)!) ? null : redactorFor(db, investigationId));
    }
    return redactors.get(investigationId)!;
  };
  const redact = (entry: RegisterEntry, fields: readonly TextField[]): RegisterEntry => {
    const r = redactorOf(entry.investigationId);
    if (!r) return entry;
    const out = { ...entry };
    for (const f of fields) out[f] = r.replace(entry[f]);
    return out;
  };
  let entries = loadEntries(db, userId, roles, now);
  if (filter.addressee) entries = entries.map((e) => redact(e, ['addresseeName']));
  return { matching: filterRegister(entries, filter), pseudonymise: (list: RegisterEntry[]) => list.map((e) => redact(e, TEXT_FIELDS)) };
}

/** The register entries matching the filters, newest first, without paging (for the CSV export). */
export function filteredRegister(db: Conn, userId: string, filter: RegisterFilter, now: Date): RegisterEntry[] {
  const { matching, pseudonymise } = registerFor(db, userId, filter, now);
  return pseudonymise(matching);
}

/** One page of the register, with the number of matching entries. */
export function registerPage(db: Conn, userId: string, query: RegisterQuery, now: Date) {
  const { limit, offset, ...filter } = query;
  const { matching, pseudonymise } = registerFor(db, userId, filter, now);
  return { items: pseudonymise(matching.slice(offset, offset + limit)), total: matching.length, limit, offset };
}

/** The annual review: per year of issue, how many were issued, answered, assessed each way, and in each status. */
export function registerSummary(db: Conn, userId: string, filter: RegisterFilter, now: Date): AnnualSummary[] {
  return annualSummary(registerFor(db, userId, filter, now).matching);
}
