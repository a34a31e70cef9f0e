import type { CheckTarget } from '../../../schema/contracts/analysis';
import { findLanguageIssues, lexiconRules, type LexiconMatch } from '../../../schema/lexicon';
import type { CheckHit, CheckRule } from '../../analysis/checks/types';
import { excerpt, type AnalysisSnapshot } from '../../analysis/snapshot';
import { recommendationLabel } from './recommendationWithoutFinding';

const rulesById = new Map(lexiconRules.map((r) => [r.id, r]));

interface Text { target: CheckTarget; field: string; fieldLabel: string; text: string }

/** The texts of findings and recommendations that will be published. */
function texts({ findings, recommendations }: AnalysisSnapshot): Text[] {
  const out: Text[] = [];
  for (const f of findings) {
    const target = { kind: 'finding' as const, id: f.id, label: excerpt(f.statement) };
    out.push({ target, field: 'statement', fieldLabel: 'statement', text: f.statement });
    out.push({ target, field: 'inThisCase', fieldLabel: '"how it showed in this case"', text: f.inThisCase });
    out.push({ target, field: 'notUnique', fieldLabel: '"why it is not unique to this case"', text: f.notUnique });
    out.push({ target, field: 'whyItMatters', fieldLabel: '"why it matters"', text: f.whyItMatters });
  }
  for (const r of recommendations) {
    out.push({ target: { kind: 'recommendation', id: r.id, label: recommendationLabel(r) }, field: 'text', fieldLabel: 'text', text: r.text });
  }
  return out.filter((t) => t.text.trim() !== '');
}

/** Hindsight or blame wording ("should have", "failed to", …; DOMAIN.md §7) in findings and recommendations. */
export const findingsLanguage: CheckRule = {
  id: 'findings-language',
  severity: 'advice',
  summary: 'Hindsight or blame wording in a finding or recommendation',
  run(snapshot) {
    const hits: CheckHit[] = [];
    for (const { target, field, fieldLabel, text } of texts(snapshot)) {
      const byRule = new Map<string, LexiconMatch[]>();
      for (const m of findLanguageIssues(text)) (byRule.get(m.ruleId) ?? byRule.set(m.ruleId, []).get(m.ruleId)!).push(m);
      for (const [ruleId, matches] of byRule) {
        const rule = rulesById.get(ruleId)!;
        const more = matches.length > 1 ? ` (${matches.length} times)` : '';
        hits.push({
          key: `${target.kind}:${target.id}:${field}:${ruleId}`,
          target,
          message: `The ${fieldLabel} of ${target.kind} "${target.label}" says "${matches[0]!.phrase}"${more}: ${rule.reason}`,
          suggestion: rule.reframe,
          wording: { field, matches: matches.map(({ ruleId: r, start, end, phrase }) => ({ ruleId: r, start, end, phrase })) },
        });
      }
    }
    return hits;
  },
};
