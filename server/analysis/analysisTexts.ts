import type { CheckTarget } from '../../schema/contracts/analysis';
import { activeFactors, excerpt, type AnalysisSnapshot } from './snapshot';
import { linkTargetId } from './graph';

/** One piece of analysis text: where it lives and what it says. The target is built only when asked for. */
export interface AnalysisText {
  target: () => CheckTarget;
  field: string;
  /** How the field is named in messages. */
  fieldLabel: string;
  text: string;
}

/**
 * Every analysis text the language check reads: factor statements and descriptions, link rationales,
 * episodes' "known at the time" and "why it made sense", and events' "known at the time".
 * Factual event descriptions are left to the chronology: they often quote agency records.
 */
export function analysisTexts(snapshot: AnalysisSnapshot): AnalysisText[] {
  const out: AnalysisText[] = [];
  const push = (target: () => CheckTarget, field: string, fieldLabel: string, text: string) => {
    if (text.trim()) out.push({ target, field, fieldLabel, text });
  };
  const factors = activeFactors(snapshot.factors);
  const statements = new Map(snapshot.factors.map((f) => [f.id, f.statement]));
  const eventLabels = new Map(snapshot.events.map((e) => [e.id, e.description]));
  for (const f of factors) {
    const target = () => ({ kind: 'factor' as const, id: f.id, label: excerpt(f.statement) });
    push(target, 'statement', 'statement', f.statement);
    push(target, 'description', 'description', f.description);
  }
  const active = new Set(factors.map((f) => f.id));
  for (const l of snapshot.links) {
    if (!active.has(l.fromFactorId)) continue;
    push(() => {
      const to = l.toKind === 'outcome' ? 'the outcome'
        : l.toKind === 'factor' ? statements.get(linkTargetId(l)) ?? '' : eventLabels.get(linkTargetId(l)) ?? '';
      return { kind: 'link', id: l.id, label: `${excerpt(statements.get(l.fromFactorId) ?? '', 40)} → ${excerpt(to, 40)}` };
    }, 'rationale', 'rationale', l.rationale);
  }
  for (const e of snapshot.episodes) {
    const target = () => ({ kind: 'episode' as const, id: e.id, label: excerpt(e.title) });
    push(target, 'knownAtTime', 'what was known at the time', e.knownAtTime);
    push(target, 'localRationality', 'why it made sense at the time', e.localRationality);
  }
  for (const e of snapshot.events) {
    push(() => ({ kind: 'event', id: e.id, label: excerpt(e.description) }), 'knownAtTime', 'what was known at the time', e.knownAtTime);
  }
  return out;
}
