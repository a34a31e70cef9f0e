import { describe, expect, it } from 'vitest';
import { checkLanguage, locatedTexts } from '../../../server/reports/language/checkLanguage';
import { numberDocument } from '../../../templates/numbering';
import { buildDocument } from '../../../templates/standard';
import { standards } from '../../../templates/registry';
import { learningReview } from '../../../templates/standards/learningReview';
import { buildReportModel } from '../../helpers/reportFixtures';
import type { ReportModel } from '../../../templates/model';

const numbered = (model: ReportModel) => numberDocument(buildDocument(learningReview, model)).document;

function withWording(): ReportModel {
  const model = buildReportModel({ entries: 6, factors: 4, findings: 1 });
  model.factors[3] = { ...model.factors[3]!, statement: 'The social worker failed to ask about the bruise; it is clear that this was a missed opportunity.' };
  model.chronology[2] = { ...model.chronology[2]!, childWords: 'He ignored me.' };
  return model;
}

describe('checkLanguage', () => {
  it('finds nothing in a report whose own wording is clean, whatever the standard', () => {
    const model = buildReportModel({ entries: 30, factors: 12, findings: 3 });
    for (const standard of standards) expect(checkLanguage(numberDocument(buildDocument(standard, model)).document, [])).toEqual([]);
  });

  it('flags each phrase with its paragraph, section, entity field, reason and reframing', () => {
    const model = withWording();
    const flags = checkLanguage(numbered(model), []);
    expect(flags.map((f) => [f.ruleId, f.phrase, f.location, f.section, f.key])).toEqual([
      ['failed-to', 'failed to', '3.2.4.1', '3.2.4 Individual factors', `factor:${model.factors[3]!.id}:statement`],
      ['obviously', 'it is clear that', '3.2.4.1', '3.2.4 Individual factors', `factor:${model.factors[3]!.id}:statement`],
      ['missed-opportunity', 'missed opportunity', '3.2.4.1', '3.2.4 Individual factors', `factor:${model.factors[3]!.id}:statement`],
    ]);
    expect(flags[0]).toMatchObject({ status: 'open', pattern: 'failed to / failure to', suggestion: expect.stringContaining('did not') });
    expect(flags[0]!.excerpt).toContain('failed to ask about the bruise');
  });

  it("does not check the child's own words", () => {
    expect(locatedTexts(numbered(withWording())).some((t) => t.source.field === 'childWords')).toBe(false);
  });

  it('treats a field as considered when it has a report acknowledgement, or the analysis acknowledgement for the same rule', () => {
    const model = withWording();
    const key = `factor:${model.factors[3]!.id}:statement`;
    const all = checkLanguage(numbered(model), [{ ruleId: 'language', targetKey: key, reason: 'Quoted from the agency record' }]);
    expect(all.every((f) => f.status === 'considered' && f.consideredReason === 'Quoted from the agency record')).toBe(true);
    const one = checkLanguage(numbered(model), [{ ruleId: 'blame-language', targetKey: `${key}:failed-to`, reason: 'Kept' }]);
    expect(one.map((f) => [f.ruleId, f.status])).toEqual([['failed-to', 'considered'], ['obviously', 'open'], ['missed-opportunity', 'open']]);
  });
});
