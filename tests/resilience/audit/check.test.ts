import { describe, expect, it } from 'vitest';
import { auditProblems, type AuditRecord, type LockedProduction } from './check';

const locked: LockedProduction = { packages: ['a@1.0.0', 'b@2.0.0', 'c@3.0.0'], installScripts: ['c'], direct: ['a@1.0.0'] };

/** A sound record for `locked`, with overrides. */
function buildRecord(over: Partial<AuditRecord> = {}): AuditRecord {
  return {
    auditedOn: '2026-11-26',
    method: 'manual review',
    command: 'npm audit --omit=dev --audit-level=high',
    reviewedBy: 'reviewer',
    result: 'nothing affected',
    exceptions: [],
    reviewed: [
      { package: 'a', version: '1.0.0', why: 'direct', advisories: [{ id: 'GHSA-old', severity: 'high', affected: '< 0.9.0', affectsLocked: false }] },
      { package: 'c', version: '3.0.0', why: 'install script', advisories: [] },
    ],
    installScripts: ['c'],
    packages: ['a@1.0.0', 'b@2.0.0', 'c@3.0.0'],
    ...over,
  };
}

describe('auditProblems', () => {
  it('finds nothing wrong with a dated record that lists and reviews what is locked', () => {
    expect(auditProblems(buildRecord(), locked, '2026-11-26')).toEqual([]);
  });

  it('refuses an undated record and one dated in the future', () => {
    expect(auditProblems(buildRecord({ auditedOn: null }), locked, '2026-11-26')).toEqual(['auditedOn: "null" is not a date (YYYY-MM-DD); the record must say when the review was done']);
    expect(auditProblems(buildRecord({ auditedOn: '2026-12-01' }), locked, '2026-11-26')).toEqual(['auditedOn: 2026-12-01 is after today (2026-11-26)']);
  });

  it('refuses a record that does not say how or by whom', () => {
    expect(auditProblems(buildRecord({ method: ' ', reviewedBy: '' }), locked, '2026-11-26')).toEqual([
      'method: empty; say how, by whom and with what outcome the review was done',
      'reviewedBy: empty; say how, by whom and with what outcome the review was done',
    ]);
  });

  it('names a new transitive package and a removed one until the list is reviewed again', () => {
    const now = { ...locked, packages: ['a@1.0.0', 'c@3.0.0', 'd@0.1.0'] };
    expect(auditProblems(buildRecord(), now, '2026-11-26')).toEqual([
      'packages: locked but not in the reviewed list: d@0.1.0',
      'packages: in the reviewed list but no longer locked: b@2.0.0',
    ]);
  });

  it('asks for a new review when a direct dependency changes version', () => {
    const now = { ...locked, packages: ['a@1.1.0', 'b@2.0.0', 'c@3.0.0'], direct: ['a@1.1.0'] };
    expect(auditProblems(buildRecord({ packages: now.packages }), now, '2026-11-26')).toEqual([
      'reviewed: a@1.0.0 is not locked (was it updated? review the locked version)',
      'reviewed: a@1.1.0 (a direct dependency or one with an install script) has no review; the record reviews a@1.0.0',
    ]);
  });

  it('notices a package that gained an install script and has no review', () => {
    const now = { ...locked, installScripts: ['b', 'c'] };
    expect(auditProblems(buildRecord(), now, '2026-11-26')).toEqual([
      'installScripts: the lock runs install scripts for [b, c], the record lists [c]',
      'reviewed: b@2.0.0 (a direct dependency or one with an install script) has no review',
    ]);
  });

  it('refuses a high or critical advisory affecting the locked version unless an exception documents it', () => {
    const affected = buildRecord({ reviewed: [
      { package: 'a', version: '1.0.0', why: 'direct', advisories: [
        { id: 'GHSA-high', severity: 'high', affected: '<= 1.0.0', affectsLocked: true },
        { id: 'GHSA-moderate', severity: 'moderate', affected: '<= 1.0.0', affectsLocked: true },
      ] },
      { package: 'c', version: '3.0.0', why: 'install script', advisories: [] },
    ] });
    expect(auditProblems(affected, locked, '2026-11-26')).toEqual([
      'reviewed: a@1.0.0 is affected by GHSA-high (high) with no documented exception: update it or add a reviewed exception',
    ]);
    const excepted = { ...affected, exceptions: [{ advisory: 'GHSA-high', package: 'a', severity: 'high', reason: 'the affected parser is never given user input', reviewedBy: 'lead', reviewedOn: '2026-11-26' }] };
    expect(auditProblems(excepted, locked, '2026-11-26')).toEqual([]);
  });

  it('refuses an exception without a reason or for a package that is not locked', () => {
    const record = buildRecord({ exceptions: [{ advisory: 'GHSA-x', package: 'zz', severity: 'high', reason: '', reviewedBy: 'lead', reviewedOn: '2026-11-26' }] });
    expect(auditProblems(record, locked, '2026-11-26')).toEqual([
      'exceptions: GHSA-x.reason is empty',
      'exceptions: GHSA-x names zz, which is not a production dependency',
    ]);
  });
});
