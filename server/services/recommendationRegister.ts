import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { investigations, memberships, recommendations } from '../../schema/tables';
import type { AnnualSummary, RegisterEntry, RegisterQuery } from '../../schema/contracts/findings';
import type { MemberRole } from '../../schema/contracts/enums';
import { allows, canSeeIdentities } from '../auth/permissions';
import { redactDeep } from '../anonymise/registryRedactor';
import { dateOf } from '../findings/dates';
import { filterRegister, type RegisterFilter } from '../findings/registerFilter';
import { annualSummary } from '../findings/summary';
import { loadContext, presentRecommendation } from './recommendations';
import { redactorFor } from './redaction';

/**
 * Every issued recommendation of the investigations the user is a member of. Entries of investigations
 * where the user's role may not see identities are pseudonymised with that investigation's registry.
 */
export function registerEntries(db: Conn, userId: string, now: Date): RegisterEntry[] {
  const roles = new Map(db.select({ id: memberships.investigationId, role: memberships.role }).from(memberships)
    .where(eq(memberships.userId, userId)).all().map((m) => [m.id, m.role as MemberRole]));
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
  const byInvestigation = new Map<string, RegisterEntry[]>();
  for (const { rec, reference, title } of rows) {
    const p = presentRecommendation(rec, ctx);
    const entry: RegisterEntry = {
      id: p.id, identifier: p.identifier!, investigationId: p.investigationId, investigationReference: reference, investigationTitle: title,
      addresseeName: p.addresseeName, text: p.text, intendedOutcome: p.intendedOutcome, measure: p.measure,
      status: p.status, assessment: p.assessment, issuedAt: p.issuedAt!, responseDueAt: p.responseDueAt!,
      responseCount: p.responseCount, lastResponseOn: ctx.responses.get(p.id)?.last ?? null, overdue: p.overdue,
      statusReason: p.statusReason, supersededByIdentifier: p.supersededById ? identifiers.get(p.supersededById) ?? null : null,
      canEdit: allows(roles.get(p.investigationId)!, 'recommendations.edit'),
    };
    (byInvestigation.get(p.investigationId) ?? byInvestigation.set(p.investigationId, []).get(p.investigationId)!).push(entry);
  }
  return [...byInvestigation].flatMap(([investigationId, entries]) =>
    canSeeIdentities(roles.get(investigationId)!) ? entries : redactDeep(entries, redactorFor(db, investigationId)));
}

/** The register entries matching the filters, newest first, without paging (for the CSV export). */
export function filteredRegister(db: Conn, userId: string, filter: RegisterFilter, now: Date): RegisterEntry[] {
  return filterRegister(registerEntries(db, userId, now), filter);
}

/** One page of the register, with the number of matching entries. */
export function registerPage(db: Conn, userId: string, query: RegisterQuery, now: Date) {
  const { limit, offset, ...filter } = query;
  const all = filteredRegister(db, userId, filter, now);
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

/** The annual review: per year of issue, how many were issued, answered, assessed each way, and in each status. */
export function registerSummary(db: Conn, userId: string, filter: RegisterFilter, now: Date): AnnualSummary[] {
  return annualSummary(filteredRegister(db, userId, filter, now));
}
