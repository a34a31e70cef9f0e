/** Advisory severities as GitHub and npm audit grade them. */
export const severities = ['low', 'moderate', 'high', 'critical'] as const;
/** One advisory severity. */
export type Severity = (typeof severities)[number];

/** An advisory found for a reviewed package, and whether the locked version is in its affected range. */
export interface Advisory { id: string; severity: Severity; affected: string; affectsLocked: boolean; note?: string }

/** One reviewed package at its locked version: why it matters and the advisories found for it. */
export interface Review { package: string; version: string; why: string; advisories: Advisory[]; note?: string }

/** An accepted advisory: a locked version stays affected on purpose, for a stated reason. */
export interface AuditException { advisory: string; package: string; severity: string; reason: string; reviewedBy: string; reviewedOn: string }

/** The record: when, how and by whom the production dependencies were audited, what was found and what was accepted. */
export interface AuditRecord {
  auditedOn: string | null;
  method: string;
  command: string;
  reviewedBy: string;
  result: string;
  /** Where the advisories were looked up, when not by `command`. */
  sources?: string;
  /** How the locked packages without a review entry were covered. */
  otherPackages?: string;
  exceptions: AuditException[];
  reviewed: Review[];
  installScripts: string[];
  packages: string[];
}

/** What the lockfile holds for production: every `name@version`, the packages with install scripts, the direct dependencies. */
export interface LockedProduction { packages: string[]; installScripts: string[]; direct: string[] }

const blocking: ReadonlySet<Severity> = new Set(['high', 'critical']);
const nameOf = (spec: string) => spec.slice(0, spec.lastIndexOf('@'));

function datingProblems(record: AuditRecord, today: string): string[] {
  const dated = record.auditedOn !== null && /^\d{4}-\d{2}-\d{2}$/.test(record.auditedOn) && !Number.isNaN(Date.parse(record.auditedOn));
  if (!dated) return [`auditedOn: "${record.auditedOn}" is not a date (YYYY-MM-DD); the record must say when the review was done`];
  const problems = record.auditedOn! > today ? [`auditedOn: ${record.auditedOn} is after today (${today})`] : [];
  for (const field of ['method', 'reviewedBy', 'result'] as const) if (!record[field]?.trim()) problems.push(`${field}: empty; say how, by whom and with what outcome the review was done`);
  return problems;
}

function listProblems(record: AuditRecord, locked: LockedProduction): string[] {
  const recorded = new Set(record.packages);
  const current = new Set(locked.packages);
  const added = locked.packages.filter((p) => !recorded.has(p));
  const removed = record.packages.filter((p) => !current.has(p));
  const problems: string[] = [];
  if (added.length > 0) problems.push(`packages: locked but not in the reviewed list: ${added.join(', ')}`);
  if (removed.length > 0) problems.push(`packages: in the reviewed list but no longer locked: ${removed.join(', ')}`);
  const scripts = [...locked.installScripts].sort().join(', ');
  if ([...record.installScripts].sort().join(', ') !== scripts) problems.push(`installScripts: the lock runs install scripts for [${scripts}], the record lists [${record.installScripts.join(', ')}]`);
  return problems;
}

function reviewProblems(record: AuditRecord, locked: LockedProduction): string[] {
  const problems: string[] = [];
  const current = new Set(locked.packages);
  const reviewed = new Set<string>();
  for (const r of record.reviewed) {
    const spec = `${r.package}@${r.version}`;
    if (reviewed.has(spec)) problems.push(`reviewed: ${spec} appears twice`);
    reviewed.add(spec);
    if (!current.has(spec)) problems.push(`reviewed: ${spec} is not locked (was it updated? review the locked version)`);
    for (const a of r.advisories) if (!(severities as readonly string[]).includes(a.severity)) problems.push(`reviewed: ${spec} ${a.id}: severity "${a.severity}" is not one of ${severities.join(', ')}`);
  }
  const mustReview = [...new Set([...locked.direct, ...locked.packages.filter((p) => locked.installScripts.includes(nameOf(p)))])];
  for (const spec of mustReview) {
    if (reviewed.has(spec)) continue;
    const others = record.reviewed.filter((r) => r.package === nameOf(spec)).map((r) => `${r.package}@${r.version}`);
    problems.push(`reviewed: ${spec} (a direct dependency or one with an install script) has no review${others.length > 0 ? `; the record reviews ${others.join(', ')}` : ''}`);
  }
  return problems;
}

function exceptionProblems(record: AuditRecord, locked: LockedProduction): string[] {
  const problems: string[] = [];
  const names = new Set(locked.packages.map(nameOf));
  for (const e of record.exceptions) {
    for (const field of ['advisory', 'package', 'severity', 'reason', 'reviewedBy', 'reviewedOn'] as const) if (!e[field]?.trim()) problems.push(`exceptions: ${e.advisory || '?'}.${field} is empty`);
    if (!names.has(e.package)) problems.push(`exceptions: ${e.advisory} names ${e.package}, which is not a production dependency`);
  }
  for (const r of record.reviewed) {
    for (const a of r.advisories) {
      if (!a.affectsLocked || !blocking.has(a.severity)) continue;
      if (!record.exceptions.some((e) => e.advisory === a.id && e.package === r.package)) {
        problems.push(`reviewed: ${r.package}@${r.version} is affected by ${a.id} (${a.severity}) with no documented exception: update it or add a reviewed exception`);
      }
    }
  }
  return problems;
}

/**
 * Everything wrong with the audit record against the lockfile, as messages naming the field and package:
 * undated or unattributed, a locked package missing from (or stale in) the reviewed list, a direct dependency
 * or install-script package without a review of its locked version, a high or critical advisory marked as
 * affecting the locked version without a documented exception. Empty when the record is sound.
 */
export function auditProblems(record: AuditRecord, locked: LockedProduction, today: string): string[] {
  return [...datingProblems(record, today), ...listProblems(record, locked), ...reviewProblems(record, locked), ...exceptionProblems(record, locked)];
}
