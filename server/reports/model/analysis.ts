import { labels } from '../../../schema/contracts/enums';
import { OUTCOME_NODE_ID } from '../../../schema/contracts/analysis';
import { findCategory } from '../../../schema/taxonomy';
import type { FactorLevel, ModelDissent, ModelFactor, ModelLink, ModelWhyChain } from '../../../templates/model';
import type { ReportRows } from './load';
import { reference } from './names';

const LEVELS: FactorLevel[] = ['systemic', 'organisational', 'team', 'individual'];
const levelLabel: Record<FactorLevel, string> = { systemic: 'Systemic', organisational: 'Organisational', team: 'Team', individual: 'Individual' };

/** Factors that count: rejected factors stay on record but are not reported. */
export function reportedFactorRows(rows: ReportRows): ReportRows['factors'] {
  const active = rows.factors.filter((f) => f.reviewStatus !== 'rejected');
  return LEVELS.flatMap((level) => active.filter((f) => f.level === level));
}

/** Factors in level order (systemic first) with references F-01 …, their evidence by entry reference. */
export function buildFactors(rows: ReportRows, entryRef: Map<string, string>): ModelFactor[] {
  const ordered = reportedFactorRows(rows);
  return ordered.map((f, i) => {
    const evidence = rows.evidence.filter((e) => e.factorId === f.id);
    const level = f.level as FactorLevel;
    return {
      id: f.id, ref: reference('F-', i, ordered.length, 2), level, levelLabel: levelLabel[level] ?? f.level,
      category: f.category, categoryLabel: findCategory(f.category)?.label ?? f.category,
      statement: f.statement, description: f.description, influence: f.influence === 'supported' ? 'supported' : 'hindered',
      confidence: f.confidence, confidenceLabel: labels[f.confidence] ?? f.confidence, reviewStatus: f.reviewStatus,
      evidenceRefs: [...new Set(evidence.flatMap((e) => (e.eventId && entryRef.has(e.eventId) ? [entryRef.get(e.eventId)!] : [])))].sort(),
      sourceTitles: [...new Set(evidence.flatMap((e) => (e.sourceTitle ? [e.sourceTitle] : [])))].sort(),
    };
  });
}

/** Causal links between reported factors and the entries or outcome they contributed to. */
export function buildLinks(rows: ReportRows, factorIds: Set<string>, eventIds: Set<string>): ModelLink[] {
  return rows.links.flatMap((l): ModelLink[] => {
    if (!factorIds.has(l.fromFactorId)) return [];
    if (l.toKind === 'factor' && l.toFactorId && factorIds.has(l.toFactorId)) return [{ id: l.id, fromId: l.fromFactorId, toKind: 'factor' as const, toId: l.toFactorId, rationale: l.rationale }];
    if (l.toKind === 'event' && l.toEventId && eventIds.has(l.toEventId)) return [{ id: l.id, fromId: l.fromFactorId, toKind: 'event' as const, toId: l.toEventId, rationale: l.rationale }];
    if (l.toKind === 'outcome') return [{ id: l.id, fromId: l.fromFactorId, toKind: 'outcome' as const, toId: null, rationale: l.rationale }];
    return [];
  });
}

/** Why-chains by reference ("Outcome", C-012, F-03 …), at most `limit` of them. */
export function buildWhyChains(rows: ReportRows, refOf: Map<string, string>, levelOf: Map<string, string>, limit = 60): ModelWhyChain[] {
  return rows.whyChains.slice(0, limit).map((c) => ({
    refs: c.nodeIds.map((id) => (id === OUTCOME_NODE_ID ? 'Outcome' : refOf.get(id) ?? '?')),
    endsAtIndividual: levelOf.get(c.deepestFactorId) === 'individual',
  })).filter((c) => !c.refs.includes('?'));
}

/** Notes of dissent on factors and findings; the published edition carries only those agreed for publication. */
export function buildDissent(rows: ReportRows, refOf: Map<string, string>, published: boolean): ModelDissent[] {
  return rows.decisions.flatMap((d) => {
    const ref = refOf.get(d.targetId);
    if (!ref || (d.targetKind !== 'factor' && d.targetKind !== 'finding') || (published && !d.agreedForPublication)) return [];
    return [{ id: d.id, targetKind: d.targetKind, targetRef: ref, role: labels[d.authorRole] ?? d.authorRole, status: (labels[d.status] ?? d.status).toLowerCase(), reason: d.reason }];
  });
}
