import type { CheckReport, CheckResult, Factor } from '../../../../schema/contracts/analysis';
import type { Finding, Recommendation, SafetyAction } from '../../../../schema/contracts/findings';
import type { Agency } from '../../../../schema/contracts/registry';
import { factorLevels, taxonomyCategories, taxonomyLevels, type FactorLevel } from '../../../../schema/taxonomy';
import { api } from '../../api';

/** Everything the Findings tab shows, loaded together. */
export interface FindingsData {
  findings: Finding[];
  factors: Factor[];
  recommendations: Recommendation[];
  agencies: Agency[];
  safetyActions: SafetyAction[];
  checks: CheckReport;
}

/** The API path of one of an investigation's resources. */
export function investigationPath(investigationId: string, rest: string): string {
  return `/api/investigations/${encodeURIComponent(investigationId)}/${rest}`;
}

/** Loads findings, the factors they can rest on, recommendations, agencies, safety action and the check results. */
export async function loadFindingsData(investigationId: string): Promise<FindingsData> {
  const at = (rest: string) => investigationPath(investigationId, rest);
  const [findings, factors, recommendations, agencies, safetyActions, checks] = await Promise.all([
    api.get<Finding[]>(at('findings')),
    api.get<Factor[]>(at('factors')),
    api.get<Recommendation[]>(at('recommendations')),
    api.get<Agency[]>(at('agencies')),
    api.get<SafetyAction[]>(at('safety-actions')),
    api.get<CheckReport>(at('analysis/checks')).catch((): CheckReport => ({ results: [], counts: { open: 0, considered: 0 } })),
  ]);
  return { findings: [...findings].sort((a, b) => a.position - b.position), factors: sortFactors(factors), recommendations, agencies, safetyActions, checks };
}

const levelOrder = new Map(factorLevels.map((l, i) => [l, i]));
const categoryOrder = new Map(taxonomyCategories.map((c, i) => [c.code, i]));
const categories = new Map(taxonomyCategories.map((c) => [c.code, c.label]));
const levelLabels = new Map(taxonomyLevels.map((l) => [l.code, l.label]));

/** Factors from the point of practice outwards: by level, then category in taxonomy order, then statement. */
export function sortFactors(factors: readonly Factor[]): Factor[] {
  return [...factors].sort((a, b) => (levelOrder.get(a.level) ?? 9) - (levelOrder.get(b.level) ?? 9)
    || (categoryOrder.get(a.category) ?? 999) - (categoryOrder.get(b.category) ?? 999)
    || a.statement.localeCompare(b.statement));
}

/** The label of a factor level ("Organisational"). */
export function levelLabel(level: FactorLevel | string): string {
  return levelLabels.get(level as FactorLevel) ?? level;
}

/** The label of a taxonomy category, or its code when the taxonomy no longer has it. */
export function categoryLabel(code: string): string {
  return categories.get(code) ?? code;
}

/** A factor's qualifiers in words: "Organisational · Workload and caseload · Supporting". */
export function factorQualifiers(f: Factor): string {
  return [levelLabel(f.level), categoryLabel(f.category), f.influence === 'supported' ? 'Supporting factor' : null,
    f.reviewStatus === 'rejected' ? 'Rejected by the panel' : null].filter(Boolean).join(' · ');
}

/** The open check results about one finding or recommendation. */
export function checksAbout(checks: CheckReport, kind: 'finding' | 'recommendation', id: string): CheckResult[] {
  return checks.results.filter((r) => r.status === 'open' && r.target.kind === kind && r.target.id === id);
}

/** Today's date as the server counts it (UTC), for date fields that default to today. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A recommendation's name in lists and messages: its identifier once issued, otherwise "Draft" and the start of its text. */
export function recommendationName(r: Pick<Recommendation, 'identifier' | 'text'>): string {
  if (r.identifier) return r.identifier;
  const text = r.text.trim().replace(/\s+/g, ' ');
  return `Draft: ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

/** A finding's name in lists and messages: "Finding 2". */
export function findingName(findings: readonly Finding[], id: string): string {
  const i = findings.findIndex((f) => f.id === id);
  return i >= 0 ? `Finding ${i + 1}` : 'A finding no longer recorded';
}
