import type { CheckHit, CheckRule } from './types';
import { findLanguageIssues, lexiconRules } from '../../../schema/lexicon';
import { analysisTexts } from '../analysisTexts';

const rulesById = new Map(lexiconRules.map((r) => [r.id, r]));

/** Blame or hindsight wording (DOMAIN.md §7) in any analysis text: one result per field and lexicon pattern. */
export const blameLanguage: CheckRule = {
  id: 'blame-language',
  severity: 'advice',
  summary: 'Blame or hindsight wording in analysis text',
  run(snapshot) {
    const hits: CheckHit[] = [];
    for (const { target: targetOf, field, fieldLabel, text } of analysisTexts(snapshot)) {
      const found = findLanguageIssues(text);
      if (found.length === 0) continue;
      const byRule = new Map<string, typeof found>();
      for (const m of found) {
        const list = byRule.get(m.ruleId);
        if (list) list.push(m);
        else byRule.set(m.ruleId, [m]);
      }
      const target = targetOf();
      for (const [ruleId, matches] of byRule) {
        const rule = rulesById.get(ruleId)!;
        const first = matches[0]!;
        const more = matches.length > 1 ? ` (${matches.length} times)` : '';
        hits.push({
          key: `${target.kind}:${target.id}:${field}:${ruleId}`,
          target,
          message: `The ${fieldLabel} of "${target.label}" says "${first.phrase}"${more}: ${rule.reason}`,
          suggestion: rule.reframe,
          wording: { field, matches: matches.map(({ ruleId: r, start, end, phrase }) => ({ ruleId: r, start, end, phrase })) },
        });
      }
    }
    return hits;
  },
};
